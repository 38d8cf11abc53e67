using System.Security.Cryptography;
using TaskBot.Domain.People;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Domain.Evidence;

/// <summary>
/// 佐证材料 ("有汇报、有佐证材料"): takes a unit's files when their content is of a kind and size the office accepts, keeps
/// them with the task they are for, and hands them to the unit's report on it — the one just made, or the next one.
/// </summary>
public sealed class EvidenceDesk(IEvidenceStore store, IPlanReader plans, EvidenceOptions options, LocalClock clock) : IReportFollowUp
{
    public int MaxBytes => options.MaxBytes;

    public IReadOnlyList<EvidenceType> Types => options.Taken;

    /// <summary>Keeps the file for the unit, and for the task when it is known; refuses a file too large or of another kind.</summary>
    public async Task<EvidenceReceipt> ReceiveAsync(Viewer sender, string fileName, byte[] content, TaskItem? task,
        CancellationToken cancellationToken)
    {
        if (!sender.MayReport || (task is not null && !sender.MayReportOn(task)))
            throw new UnauthorizedAccessException($"member {sender.Member.Id} may not send evidence here");
        if (content.Length > options.MaxBytes) return EvidenceReceipt.Refused(fileName, EvidenceProblem.TooLarge);
        if (EvidenceTypes.Of(content) is not { } type || !options.Taken.Contains(type))
            return EvidenceReceipt.Refused(fileName, EvidenceProblem.WrongType);
        // Only the name is kept: a path the sender put in it ("../../x.png") goes nowhere.
        fileName = Path.GetFileName(fileName.Replace('\\', '/')) is { Length: > 0 } bare ? bare : "file";
        var name = EvidenceTypes.Named(fileName) == type ? fileName : Path.GetFileNameWithoutExtension(fileName) + EvidenceTypes.Extension(type);
        var file = new EvidenceFile(sender.Unit!.Id, task?.Id, name, type, content.Length, Convert.ToHexString(SHA256.HashData(content)),
            sender.Signature, clock.UtcNow);
        await store.AddAsync(file, content, cancellationToken);
        return new EvidenceReceipt(name, file, null);
    }

    /// <summary>The unit's report that files sent now, naming no task, go with: its newest, if made within the last few minutes.</summary>
    public ProgressReport? JustReported(TaskProgress progress, Viewer sender) =>
        progress.Tasks.Where(sender.MayReportOn).Select(t => progress.LatestBy(t, sender.Unit!.Id)).OfType<ProgressReport>()
            .Where(r => !r.CarriedForward && r.ReportedAt >= clock.UtcNow - options.AttachWithin).MaxBy(r => r.ReportedAt);

    /// <summary>Files for a task: with the given report, or waiting for the unit's next report on it.</summary>
    public async Task AssignAsync(IReadOnlyCollection<int> fileIds, TaskItem task, ProgressReport? report, CancellationToken cancellationToken)
    {
        foreach (var file in await store.ManyAsync(fileIds, cancellationToken))
        {
            file.For(task.Id, report?.Id);
            await store.UpdateAsync(file, cancellationToken);
        }
    }

    public Task FollowUpAsync(Viewer reporter, TaskItem task, ProgressReport report, CancellationToken cancellationToken) =>
        reporter.Unit is { } unit ? store.HandWaitingAsync(task.Id, unit.Id, report.Id, cancellationToken) : Task.CompletedTask;

    /// <summary>The reporter's unit's files on the task that its next report takes (sent before it, or while it is written).</summary>
    public async Task<IReadOnlyList<EvidenceFile>> WaitingAsync(Viewer reporter, TaskItem task, CancellationToken cancellationToken) =>
        reporter.Unit is { } unit ? await store.WaitingAsync(task.Id, unit.Id, cancellationToken) : [];

    /// <summary>The task's files the viewer may see.</summary>
    public async Task<IReadOnlyList<EvidenceFile>> ForTaskAsync(TaskItem task, Viewer viewer, CancellationToken cancellationToken) =>
        [.. (await store.ForTaskAsync(task.Id, cancellationToken)).Where(f => MaySee(viewer, task, f))];

    /// <summary>
    /// The office and the task's leaders see every file; a unit its own, and a lead unit named on its own (not as one
    /// of a collective) also its supporting units' — never one township another's.
    /// </summary>
    private static bool MaySee(Viewer viewer, TaskItem task, EvidenceFile file) =>
        viewer.Sees(task) && (viewer.Unit is not { } unit || viewer.Member.Role != MemberRole.UnitReporter
            || file.UnitId == unit.Id || task.AnsweringUnits.Any(u => !u.IsCollective && u.Id == unit.Id));

    /// <summary>The file and its content for someone who may see its task; null for anyone else.</summary>
    public async Task<(EvidenceFile File, byte[] Content)?> OpenAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { TaskItemId: { } taskId } file) return null;
        var task = await plans.OpenTaskAsync(taskId, cancellationToken);
        if (task is null || !MaySee(viewer, task, file)) return null;
        return await store.ContentAsync(id, cancellationToken) is { } content ? (file, content) : null;
    }
}
