using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace TaskBot.Hosting;

/// <summary>
/// The tickets download links carry: an id, when it expires and a few fields, signed with the server's data-protection
/// key (shared by every instance), so a link cannot be forged, altered or used late.
/// </summary>
public sealed class SignedTickets(IDataProtector protector, TimeProvider time)
{
    public string Issue(TimeSpan lifetime, params string[] fields)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeMilliseconds();
        return protector.Protect(string.Join('|', [Guid.NewGuid().ToString("N"), expires.ToString(), .. fields]));
    }

    /// <summary>The ticket's id and fields, or null when it is not one of ours, has other fields, or has expired.</summary>
    public (string Id, string[] Fields)? Read(string? ticket, int fieldCount)
    {
        try
        {
            var parts = ticket is null ? [] : protector.Unprotect(ticket).Split('|', fieldCount + 2);
            var live = parts.Length == fieldCount + 2 && long.TryParse(parts[1], out var expires)
                && time.GetUtcNow().ToUnixTimeMilliseconds() < expires;
            return live ? (parts[0], parts[2..]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
