using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>How the office's task edits (新增, 修改, 撤销任务) begin: only the office, and the task it names in the open lists.</summary>
internal static class OfficeTaskEdit
{
    /// <summary>Says 仅限督查室 and ends the dialog unless the viewer is the office; null when it is.</summary>
    public static async Task<DialogTurnResult?> RefuseAsync(DialogContext dc, CancellationToken ct) =>
        dc.Viewer?.Member.Role == MemberRole.Office ? null : await dc.SayAndEndAsync("taskEdit.officeOnly", ct);

    /// <summary>Who made the edit, as the task's history records it.</summary>
    public static string By(DialogContext dc) => dc.Viewer is { Member: var m } ? m.Name ?? m.UserId : "";

    /// <summary>
    /// The task the office names, with its list's name for the editor (null for the year's plan); otherwise no task, and
    /// the dialog ended with the reason said, or with which list? when two have the number (<paramref name="buttonKey"/>
    /// repeats the command, <paramref name="rest"/> what followed the number).
    /// </summary>
    public static async Task<(TaskItem? Task, string? List, DialogTurnResult? Ended)> FindAsync(DialogContext dc, TaskSupervision supervision,
        JsonNode? options, string buttonKey, string rest, CancellationToken ct)
    {
        if (await RefuseAsync(dc, ct) is { } refused) return (null, null, refused);
        var said = TaskNumber.From(options)!;
        var progress = await supervision.ProgressAsync(ct);
        if (said.Candidates(progress, dc.Text) is { Count: > 1 } candidates)
            return (null, null, await TaskNumber.AskWhichAsync(dc, progress!, candidates, buttonKey, ct, rest));
        if (said.In(progress, dc.Text) is { } task) return (task, progress!.PlanOf(task).Label, null);
        return (null, null, await dc.SayAndEndAsync("taskEdit.noSuchTask", ct, ("number", said.Said)));
    }
}
