using TaskBot.Words;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>通报 / bulletin (the office): counts by status and colour, the tasks behind with reasons, the units that did not report.</summary>
public sealed class BulletinDialog(TaskSupervision supervision, Domain.Loop.CoordinationDesk coordination) : Dialog, IRoutedDialog
{
    public override string Id => "bulletin";
    public string Trigger => "bulletin.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office || await supervision.ProgressAsync(cancellationToken) is not { } progress)
            return await dc.SayAndEndAsync("office.only", cancellationToken);
        var bulletin = supervision.Bulletin(progress) with { Coordination = await coordination.OpenForAsync(dc.Viewer, cancellationToken) };
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(BulletinText.Compose(dc.Text, bulletin)), cancellationToken);
    }
}
