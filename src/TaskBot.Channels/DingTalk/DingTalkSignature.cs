using System.Security.Cryptography;
using System.Text;

namespace TaskBot.Channels.DingTalk;

/// <summary>钉钉's callback signature: sign = Base64(HMAC-SHA256(key: appSecret, message: timestamp + "\n" + appSecret)).</summary>
public static class DingTalkSignature
{
    public static string Sign(string appSecret, string timestamp) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes($"{timestamp}\n{appSecret}")));

    public static bool IsValid(string appSecret, string timestamp, string? sign) =>
        sign is { Length: > 0 }
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sign), Encoding.ASCII.GetBytes(Sign(appSecret, timestamp)));
}
