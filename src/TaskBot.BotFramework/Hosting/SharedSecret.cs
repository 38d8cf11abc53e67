using System.Security.Cryptography;
using System.Text;

namespace TaskBot.BotFramework.Hosting;

public static class SharedSecret
{
    /// <summary>Whether a presented secret is the configured one, in constant time; never when none is configured.</summary>
    public static bool Matches(string? presented, string configured) =>
        configured.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented ?? ""), Encoding.UTF8.GetBytes(configured));
}
