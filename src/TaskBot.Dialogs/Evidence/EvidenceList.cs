using System.Text;
using TaskBot.Dialogs.Conversations;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Evidence;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Evidence;

/// <summary>A task's evidence as the task detail lists it: newest first, each a download link made for the reader.</summary>
public sealed class EvidenceList(EvidenceDesk desk, IEvidenceLinks links, IPlanReader plans, Domain.Loop.CompletionDesk dates)
{
    private const int Shown = 10;

    /// <summary>The lines, or "" when the task has none.</summary>
    public async Task<string> ListAsync(DialogContext dc, TaskItem task, CancellationToken cancellationToken)
    {
        var files = await desk.ForTaskAsync(task, dc.Viewer!, cancellationToken);
        if (files.Count == 0) return "";
        var t = dc.Text;
        var member = dc.Viewer!.Member;
        var text = new StringBuilder();
        foreach (var file in files.Take(Shown))
        {
            var link = links.For(member, file);
            if (text.Length == 0) text.Append(t.Say("evidence.detailHeader", ("count", files.Count), ("minutes", (int)link.Lifetime.TotalMinutes)));
            text.Append('\n').Append(t.Say("evidence.detailLine", ("name", Markdown.Literal(file.FileName)), ("url", link.Url),
                ("unit", Markdown.Literal((await plans.UnitAsync(file.UnitId, cancellationToken))?.Name)),
                ("date", TaskText.Date(t, dates.LocalDate(file.ReceivedAt))),
                ("waiting", file.ReportId is null ? t.Say("evidence.detailWaiting") : "")));
        }
        if (files.Count > Shown) text.Append('\n').Append(t.Say("evidence.detailMore", ("count", files.Count - Shown)));
        return text.ToString();
    }
}
