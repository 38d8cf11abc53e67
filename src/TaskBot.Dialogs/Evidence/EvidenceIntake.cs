using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Evidence;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Evidence;

/// <summary>
/// Takes the files of a message as a unit's evidence: fetched from wherever the channel put them, kept when they are
/// of a kind and size the office accepts; says, file by file, what was kept and what was not and why.
/// </summary>
public sealed class EvidenceIntake(AttachmentFiles files, EvidenceDesk desk)
{
    public sealed record Taken(IReadOnlyList<EvidenceFile> Kept, string Said);

    public static bool HasFiles(DialogContext dc) => AttachmentFiles.Files(dc.Turn.Activity).Any();

    /// <summary>The names of the files the report on the task takes when saved, those sent before it began among them.</summary>
    public async Task<List<string>> WaitingAsync(Viewer reporter, TaskItem task, CancellationToken cancellationToken) =>
        [.. (await desk.WaitingAsync(reporter, task, cancellationToken)).Select(f => f.FileName)];

    public async Task<Taken> TakeAsync(DialogContext dc, TaskItem? task, CancellationToken cancellationToken)
    {
        var kept = new List<EvidenceFile>();
        var lines = new List<string>();
        var t = dc.Text;
        var activity = dc.Turn.Activity;
        foreach (var attachment in AttachmentFiles.Files(activity))
        {
            var read = await files.FetchAsync(activity, attachment, desk.MaxBytes, cancellationToken);
            var name = attachment.Name ?? read.File?.Name ?? "";
            var receipt = read.File is { } file ? await desk.ReceiveAsync(dc.Viewer!, name, file.Content, task, cancellationToken)
                : EvidenceReceipt.Refused(name, read.TooLarge ? EvidenceProblem.TooLarge : EvidenceProblem.Unreachable);
            if (receipt.File is { } stored) kept.Add(stored);
            lines.Add(t.Say(receipt.Problem switch
            {
                null => "evidence.kept",
                EvidenceProblem.TooLarge => "evidence.tooLarge",
                EvidenceProblem.WrongType => "evidence.wrongType",
                _ => "evidence.unreachable",
            }, ("name", Markdown.Literal(receipt.FileName)), ("mb", desk.MaxBytes / 1024 / 1024), ("types", Types(t, desk))));
        }
        return new(kept, string.Join("\n", lines));
    }

    public static string Types(LocaleText t, EvidenceDesk desk) =>
        string.Join(t.Say("tasks.listSeparator"), desk.Types.Select(x => x.ToString().ToLowerInvariant()));
}
