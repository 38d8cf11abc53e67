using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// A plan file sent in chat (.docx, .xlsx, .tsv, .csv): the office gets the summary `import --dry-run` prints, and on
/// confirmation the plan is imported — provided the file is still the one summarised. Everyone else is told no.
/// </summary>
public sealed class ImportUploadDialog(IPlanUploads uploads) : WaterfallDialog, IRoutedDialog
{
    private sealed record Pending(PlanUploadFile File, string Sha256);

    public override string Id => "importUpload";
    public string Trigger => "importUpload.start";

    public bool StartsOnFiles => true;

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [SummariseAsync, ImportAsync];

    private async Task<DialogTurnResult> SummariseAsync(WaterfallStep step, CancellationToken ct)
    {
        var dc = step.Context;
        if (AttachmentFiles.Files(dc.Turn.Activity).FirstOrDefault() is not { } attachment)
            return await SayAndEnd(step, "importUpload.howTo", ct);
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await SayAndEnd(step, "importUpload.officeOnly", ct);
        var file = new PlanUploadFile(
            attachment.ContentType == AttachmentFiles.TeamsFile ? attachment.Content!["downloadUrl"]!.GetValue<string>() : attachment.ContentUrl!,
            attachment.Name ?? "", attachment.ContentType);
        var checkedFile = await uploads.ImportAsync(dc.Turn.Activity, file, dryRun: true, null, ct);
        if (checkedFile.Report is not { } report)
            return await SayAndEnd(step, "importUpload.unreadable", ct, ("name", Markdown.Literal(file.Name)),
                ("problem", Problem(dc.Text, checkedFile)));
        step.Values["pending"] = JsonSerializer.SerializeToNode(new Pending(file, checkedFile.Sha256), DialogJson.Options);
        var summary = Summary(dc.Text, report, checkedFile);
        return await step.PromptAsync(ConfirmPrompt.Name, new PromptOptions { Text = summary + "\n\n" + dc.Text.Say("importUpload.confirm") }, ct);
    }

    private async Task<DialogTurnResult> ImportAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result?.GetValue<bool>() != true) return await SayAndEnd(step, "importUpload.cancelled", ct);
        var pending = step.Values["pending"].Deserialize<Pending>(DialogJson.Options)!;
        var dc = step.Context;
        if (dc.Viewer?.Member.Role != MemberRole.Office) return await SayAndEnd(step, "importUpload.officeOnly", ct);
        var done = await uploads.ImportAsync(dc.Turn.Activity, pending.File, dryRun: false, pending.Sha256, ct);
        if (done.Report is not { } report)
            return await SayAndEnd(step, "importUpload.unreadable", ct, ("name", Markdown.Literal(pending.File.Name)),
                ("problem", Problem(dc.Text, done)));
        await dc.SendAsync(Activity.CreateMessage(dc.Text.Say("importUpload.imported") + "\n\n" + Summary(dc.Text, report, done)), ct);
        return await step.EndAsync(ct);
    }

    /// <summary>The problem; a 序号 out of order in the office's words, at the row it sees in its file (第3行：序号应为2，实为11).</summary>
    private static string Problem(LocaleText t, PlanUpload upload) =>
        upload.Misnumbered is not { } m ? Markdown.Literal(upload.Problem)
        : t.Say("importUpload.misnumbered",
            ("row", t.Say($"importUpload.row{m.Row.Place}", ("number", m.Row.Number), ("sheet", Markdown.Literal(m.Row.Sheet)))),
            ("expected", m.Expected), ("found", m.Found.Length > 0 ? Markdown.Literal(m.Found) : t.Say("importUpload.emptyNumber")));

    /// <summary>What `import --dry-run` prints: the plan, tasks added/updated/unchanged/removed, units and leaders created,
    /// aliases matched.</summary>
    public static string Summary(LocaleText t, ImportReport r, PlanUpload upload)
    {
        var lines = new List<string>();
        if (upload.Sheet is { } sheet) lines.Add(t.Say("importUpload.sheet", ("sheet", Markdown.Literal(sheet))));
        lines.Add(t.Say(r.PlanCreated ? "importUpload.newPlan" : "importUpload.plan", ("title", Markdown.Literal(r.PlanTitle)),
            ("year", r.PlanYear)));
        if (upload.MovedFrom is { } from) lines.Add(t.Say("importUpload.movedYear", ("from", from), ("year", r.PlanYear)));
        lines.Add(t.Say("importUpload.tasks", ("added", r.Added.Count), ("updated", r.Updated.Count), ("unchanged", r.Unchanged.Count),
            ("removed", r.Removed.Count), ("restored", r.Restored.Count)));
        lines.AddRange(r.Updated.Take(MessageLimits.TaskLines)
            .Select(c => t.Say("importUpload.updatedLine", ("number", c.Number), ("fields", string.Join(", ", c.Fields)))));
        if (r.Removed.Count > 0) lines.Add(t.Say("importUpload.removed", ("numbers", Numbers(t, r.Removed))));
        if (r.Restored.Count > 0) lines.Add(t.Say("importUpload.restored", ("numbers", Numbers(t, r.Restored))));
        lines.AddRange(r.KeptDeadlines.Select(k => t.Say("importUpload.keptDeadline", ("number", k.Number), ("kept", TaskText.Date(t, k.Kept)),
            ("document", TaskText.Date(t, k.Document)))));
        lines.Add(t.Say("importUpload.units", ("count", r.UnitsCreated.Count), ("names", TaskText.List(t, r.UnitsCreated))));
        lines.Add(t.Say("importUpload.leaders", ("count", r.LeadersCreated.Count), ("names", TaskText.List(t, r.LeadersCreated))));
        lines.Add(t.Say("importUpload.aliases", ("count", r.AliasesMatched.Count),
            ("names", TaskText.List(t, r.AliasesMatched.Select(a => $"{a.Name} → {a.Unit}")))));
        return string.Join("\n", lines.Select(l => "- " + l));
    }

    private static string Numbers(LocaleText t, IEnumerable<int> numbers) => string.Join(t.Say("tasks.listSeparator"), numbers.Select(n => "#" + n));

    private static async Task<DialogTurnResult> SayAndEnd(WaterfallStep step, string key, CancellationToken ct, params (string, object?)[] args)
    {
        await step.Context.SayAsync(key, ct, args);
        return await step.EndAsync(ct);
    }
}
