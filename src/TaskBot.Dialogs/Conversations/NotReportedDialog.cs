using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>未报送 / not reported (the office): the units that have not reported on all their tasks this period.</summary>
public sealed class NotReportedDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    public override string Id => "notReported";
    public string Trigger => "notReported.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office)
            return await dc.SayAndEndAsync("office.only", cancellationToken);
        var progress = await supervision.ProgressAsync(cancellationToken);
        var units = progress is null ? [] : supervision.Unreported(progress);
        var collectives = progress is null ? [] : supervision.CollectivesUnreported(progress);
        var period = PeriodText.Label(dc.Text, progress is null ? supervision.CurrentPeriod : supervision.CurrentPeriodOf(progress.Plan));
        var text = units.Count == 0 ? dc.Text.Say("office.allReported", ("period", period))
            : dc.Text.Say("office.notReportedHeader", ("period", period), ("count", units.Count)) + "\n\n"
              + string.Join("\n",
                  units.Select(u => dc.Text.Say("office.notReportedLine", ("unit", Markdown.Literal(u.Unit.Name)), ("missing", u.Missing))));
        if (collectives.Count > 0)
            text += "\n\n" + dc.Text.Say("office.collectivesHeader") + "\n"
                + TaskText.Lines(dc.Text, collectives, c =>
                    dc.Text.Say("office.collectiveLine", ("number", c.Task.Number), ("tally", TaskText.Tallies(dc.Text, [c.Tally]))));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }
}
