using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TaskBot.Data.Access;
using TaskBot.Dialogs.Conversations;
using TaskBot.Documents;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Hosting;

/// <summary>
/// Download links for the office's files: a ticket signed with the server's data-protection key names the file, the
/// member and when it expires; the 台账 and the 通报 work once, and only while the member is still bound as the office.
/// The file is made when the link is opened, so it is as of that moment.
/// </summary>
public sealed class OfficeFileLinks(IDataProtectionProvider protection, PublicAddress server, IOptions<DocumentOptions> options, TimeProvider time)
    : IOfficeFileLinks
{
    public const string Path = "/files";

    private TimeSpan Lifetime => options.Value.LinkLifetime;

    private IDataProtector Tickets => protection.CreateProtector("TaskBot.OfficeFiles");

    public FileLink For(Member member, OfficeFileKind kind)
    {
        var lifetime = Lifetime;
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeMilliseconds();
        var ticket = Tickets.Protect(string.Join('|', Guid.NewGuid().ToString("N"), expires, kind, member.ChannelId, member.UserId));
        return new FileLink($"{server.Base}{Path}?ticket={Uri.EscapeDataString(ticket)}", lifetime);
    }

    public static void Map(WebApplication app) => app.MapGet(Path, async (HttpContext http, OfficeFileLinks links, string? ticket) =>
    {
        var ct = http.RequestAborted;
        var services = http.RequestServices;
        if (links.Read(ticket) is not { } t) return Refused();
        if (t.Kind != OfficeFileKind.LightsChart && !await services.GetRequiredService<SignInTicketStore>().UseAsync(t.Id, 2 * links.Lifetime, ct))
            return Refused();
        if (await services.GetRequiredService<IPeopleStore>().FindMemberAsync(t.ChannelId, t.UserId, ct) is not { Role: MemberRole.Office })
            return Refused();
        var documents = services.GetRequiredService<OfficeDocuments>();
        var file = t.Kind switch
        {
            OfficeFileKind.Ledger => await documents.LedgerAsync(null, ct),
            OfficeFileKind.Bulletin => await documents.BulletinAsync(null, null, ct),
            _ => await documents.LightsChartAsync(ct),
        };
        return Results.File(file.Content, ContentType(file.FileName), file.FileName);
    });

    private static IResult Refused() =>
        Results.Text("This download link is invalid, used or expired, or is for the supervision office only; ask TaskBot for a new one.", statusCode: 403);

    private static string ContentType(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "image/png",
    };

    private (string Id, OfficeFileKind Kind, string ChannelId, string UserId)? Read(string? ticket)
    {
        try
        {
            var parts = ticket is null ? [] : Tickets.Unprotect(ticket).Split('|', 5);
            var live = parts.Length == 5 && long.TryParse(parts[1], out var expires) && time.GetUtcNow().ToUnixTimeMilliseconds() < expires
                && Enum.TryParse<OfficeFileKind>(parts[2], out _);
            return live ? (parts[0], Enum.Parse<OfficeFileKind>(parts[2]), parts[3], parts[4]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
