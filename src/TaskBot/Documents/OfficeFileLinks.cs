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

    private SignedTickets Tickets => new(protection.CreateProtector("TaskBot.OfficeFiles"), time);

    public FileLink For(Member member, OfficeFileKind kind)
    {
        var ticket = Tickets.Issue(Lifetime, kind.ToString(), member.ChannelId, member.UserId);
        return new FileLink($"{server.Base}{Path}?ticket={Uri.EscapeDataString(ticket)}", Lifetime);
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
        Results.Text("This download link is invalid, used or expired, or is for the supervision office only; ask TaskBot for a new one.",
            statusCode: 403);

    private static string ContentType(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "image/png",
    };

    private (string Id, OfficeFileKind Kind, string ChannelId, string UserId)? Read(string? ticket) =>
        Tickets.Read(ticket, 3) is ({ } id, [var kind, var channel, var user]) && Enum.TryParse<OfficeFileKind>(kind, out var k)
            ? (id, k, channel, user) : null;
}
