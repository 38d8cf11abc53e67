using TaskBot.Words;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 通报 / bulletin (the office): counts by status and colour, the tasks behind with reasons, the units that did not
/// report; with a link to the numbered 通报 as a Word file and the chart of tasks by light per leader.
/// </summary>
public sealed class BulletinDialog(TaskSupervision supervision, IOfficeFileLinks links, Domain.Loop.CoordinationDesk coordination)
    : Dialog, IRoutedDialog
{
    public override string Id => "bulletin";
    public string Trigger => "bulletin.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office || await supervision.ProgressAsync(cancellationToken) is not { } progress)
            return await dc.SayAndEndAsync("office.only", cancellationToken);
        var bulletin = supervision.Bulletin(progress) with { Coordination = await coordination.OpenForAsync(dc.Viewer, cancellationToken) };
        var file = links.For(dc.Viewer.Member, OfficeFileKind.Bulletin);
        var chart = links.For(dc.Viewer.Member, OfficeFileKind.LightsChart);
        var message = Activity.CreateMessage(BulletinText.Compose(dc.Text, bulletin) + "\n\n"
            + dc.Text.Say("bulletin.file", ("url", file.Url), ("minutes", (int)file.Lifetime.TotalMinutes)));
        message.Attachments = [new Attachment { ContentType = "image/png", ContentUrl = chart.Url, Name = dc.Text.Say("bulletin.chart") + ".png" }];
        return await dc.SendAndEndAsync(message, cancellationToken);
    }
}
