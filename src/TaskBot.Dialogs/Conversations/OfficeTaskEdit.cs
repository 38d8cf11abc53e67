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

    /// <summary>The task the office names; otherwise no task, and the dialog ended with the reason said.</summary>
    public static async Task<(TaskItem? Task, DialogTurnResult? Ended)> FindAsync(DialogContext dc, TaskSupervision supervision,
        JsonNode? options, CancellationToken ct)
    {
        if (await RefuseAsync(dc, ct) is { } refused) return (null, refused);
        var said = TaskNumber.From(options)!;
        if (said.In(await supervision.ProgressAsync(ct), dc.Text) is { } task) return (task, null);
        return (null, await dc.SayAndEndAsync("taskEdit.noSuchTask", ct, ("number", said.Said)));
    }
}
