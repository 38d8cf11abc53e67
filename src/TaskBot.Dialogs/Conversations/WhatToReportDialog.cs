using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 汇报 / 我要汇报 / report, with no task named: the tasks the unit still owes this period (as the weekly reminder
/// lists them) as 汇报 N buttons; the only one owed is started at once; with none owed, that the period's reports
/// are in. A leader or the office is told that units report, and what they may ask instead.
/// </summary>
public sealed class WhatToReportDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    public const string Name = "whatToReport";
    public override string Id => Name;
    public string Trigger => "whatToReport.start";
    public bool ForMembersOnly => false;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer is not { } viewer) return await dc.SayAndEndAsync("common.notBound", cancellationToken);
        if (!viewer.MayReport)
        {
            var role = viewer.Member.Role == MemberRole.Office ? "whatToReport.office" : "whatToReport.leader";
            return await dc.SayAndEndAsync(role, cancellationToken);
        }
        var unit = viewer.Unit!;
        var progress = await supervision.ProgressAsync(cancellationToken);
        if (progress is null) return await dc.SayAndEndAsync("whatToReport.nothingOwed", cancellationToken);
        var due = supervision.Due(progress, unit);
        var t = dc.Text;
        var period = PeriodText.Label(t, supervision.CurrentPeriodOf(progress.Plan));
        if (due is [var only])
        {
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync(ReportProgressDialog.Name, new JsonObject
            {
                ["number"] = only.Number.ToString(CultureInfo.InvariantCulture), ["list"] = only.Plan?.Label,
            }, cancellationToken);
        }
        if (due.Count == 0)
        {
            var reported = supervision.OwedThisPeriod(progress, unit).Count;
            return await dc.SayAndEndAsync(reported == 0 ? "whatToReport.nothingOwed" : "whatToReport.allIn", cancellationToken,
                ("period", period), ("count", reported));
        }
        var offered = due.Take(MessageLimits.Buttons).ToList();
        var rest = due.Skip(offered.Count).ToList();
        var text = t.Say("whatToReport.ask", ("count", due.Count), ("period", period))
            + (rest.Count > 0 ? "\n\n" + t.Say("whatToReport.rest", ("count", rest.Count), ("numbers", TaskText.Numbers(t, rest))) : "");
        var message = Activity.CreateMessage(text);
        message.SuggestedActions = new SuggestedActions { Actions = [.. offered.Select(task => CardAction.ImBack(Button(t, task), Sends(t, task)))] };
        // A number typed instead of a button picks any task owed (not only those with a button); a list's item by its list.
        var sends = due.Where(task => task.Plan?.Label is null).DistinctBy(task => task.Number)
            .ToDictionary(task => task.Number, task => Sends(t, task));
        return await dc.OfferTasksAndEndAsync(message, sends, cancellationToken);
    }

    private static string Sends(LocaleText t, TaskItem task) => t.Say("reminders.reportButton", ("number", TaskText.Reference(task)));

    private static string Button(LocaleText t, TaskItem task) =>
        t.Say("whatToReport.button", ("number", TaskText.Reference(task)), ("title", TaskText.Title(task, 10)));
}
