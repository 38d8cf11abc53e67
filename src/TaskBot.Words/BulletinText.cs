using System.Text;
using TaskBot.Domain.Supervision;

namespace TaskBot.Words;

/// <summary>How the bulletin reads, asked for in the chat (通报) or sent with the half-month digest.</summary>
public static class BulletinText
{
    private const int MaxBehind = 10;
    private static readonly string[] StatusCounts = ["Done", "AwaitingReview", "OnSchedule", "Behind", "NotStarted", "Unreported"];
    private static readonly string[] LightCounts = ["Green", "Yellow", "Red", "AwaitingReview"];

    public static string Compose(LocaleText t, Bulletin b)
    {
        var a = b.Assessments;
        var text = new StringBuilder(t.Say("bulletin.header", ("title", Markdown.Literal(b.Plan.Title)), ("year", b.Plan.Year),
            ("period", PeriodText.Label(t, b.PeriodKey)), ("today", TaskText.Date(t, b.Today)), ("count", a.Count)));
        var counts = TaskText.Counts(a);
        text.Append("\n\n").Append(Counts(t, "byStatus", "status", StatusCounts, counts))
            .Append('\n').Append(Counts(t, "byLight", "light", LightCounts, counts));
        var behind = b.Behind.Take(MaxBehind).ToList();
        if (behind.Count > 0)
            text.Append("\n\n").Append(t.Say("bulletin.behindHeader")).Append('\n')
                .AppendJoin("\n", behind.Select(x => TaskText.AssessmentLine(t, x)));
        if (b.Behind.Count > MaxBehind) text.Append('\n').Append(t.Say("bulletin.moreBehind", ("more", b.Behind.Count - MaxBehind)));
        if (b.Unreported.Count > 0)
            text.Append("\n\n").Append(t.Say("bulletin.unreported", ("units", TaskText.List(t, b.Unreported.Select(u => u.Unit.Name)))));
        if (b.Coordination.Count > 0)
            text.Append("\n\n").Append(t.Say("coordination.bulletinHeader", ("count", b.Coordination.Count))).Append('\n')
                .Append(CoordinationText.Lines(t, b.Coordination));
        return text.ToString();
    }

    // Only the counts there are: "已完成待核 0 项" in every bulletin tells the reader nothing.
    private static string Counts(LocaleText t, string line, string part, string[] names, (string Name, object? Value)[] counts) =>
        t.Say($"bulletin.{line}", ("counts", string.Join(t.Say("bulletin.countSeparator"), names
            .Select(n => (Name: n, Count: (int)counts.First(c => c.Name == n).Value!)).Where(c => c.Count > 0)
            .Select(c => t.Say($"bulletin.{part}{c.Name}", ("count", c.Count))))));
}
