using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TaskBot.Dialogs.Conversations;
using TaskBot.Documents;
using TaskBot.Domain.Evidence;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Hosting;

/// <summary>
/// Download links for 佐证材料: a signed ticket names the file, the member and when it expires. Opened, it serves the
/// file only while the member may see its task — the office, the task's leaders, its units — and 403 to anyone else.
/// Unlike the office's files it may be opened more than once in its lifetime (a photo is looked at again).
/// </summary>
public sealed class EvidenceLinks(IDataProtectionProvider protection, PublicAddress server, IOptions<DocumentOptions> options, TimeProvider time)
    : IEvidenceLinks
{
    public const string Path = "/files/evidence";

    private SignedTickets Tickets => new(protection.CreateProtector("TaskBot.EvidenceFiles"), time);

    public FileLink For(Member member, EvidenceFile file)
    {
        var lifetime = options.Value.LinkLifetime;
        var ticket = Tickets.Issue(lifetime, file.Id.ToString(), member.ChannelId, member.UserId);
        return new FileLink($"{server.Base}{Path}?ticket={Uri.EscapeDataString(ticket)}", lifetime);
    }

    public static void Map(WebApplication app) => app.MapGet(Path, async (HttpContext http, EvidenceLinks links, string? ticket) =>
    {
        var ct = http.RequestAborted;
        var services = http.RequestServices;
        if (links.Tickets.Read(ticket, 3) is not (_, [var id, var channel, var user]) || !int.TryParse(id, out var fileId)) return Refused();
        if (await services.GetRequiredService<IPeopleStore>().FindMemberAsync(channel, user, ct) is not { } member) return Refused();
        var plans = services.GetRequiredService<IPlanReader>();
        var viewer = new Viewer(member, member.UnitId is { } u ? await plans.UnitAsync(u, ct) : null,
            member.LeaderId is { } l ? await plans.LeaderAsync(l, ct) : null);
        if (await services.GetRequiredService<EvidenceDesk>().OpenAsync(fileId, viewer, ct) is not var (file, content)) return Refused();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, EvidenceTypes.ContentType(file.Type), file.FileName);
    });

    private static IResult Refused() =>
        Results.Text("This link is invalid or expired, or the file is not yours to see; open the task in TaskBot again for a new link.",
            statusCode: 403);
}
