using TaskBot.Domain.Plans;

namespace TaskBot.Import;

/// <summary>The raw cells of one task, in either format, and the chapter it stands under, turned into a <see cref="TaskDraft"/>.</summary>
public sealed record TaskFields(
    int Number, int Line, string Text, string Leaders, string LeadUnits, string ResponsibleUnits, string? DeadlineText, string? Chapter = null)
{
    public TaskDraft ToDraft(int planYear, IReadOnlySet<string> placeNames)
    {
        var text = Text.Trim();
        if (text.Length == 0) throw new PlanFormatException($"task {Number} has no text", Line);
        var leadUnits = NameLists.Units(LeadUnits, placeNames);
        if (leadUnits.Count == 0) throw new PlanFormatException($"task {Number} has no lead unit (牵头单位)", Line);
        var deadline = ParseDeadline(planYear);
        return new TaskDraft(
            Number,
            text,
            NameLists.Leaders(Leaders),
            leadUnits,
            NameLists.Units(ResponsibleUnits, placeNames),
            deadline.Date,
            deadline.Ongoing,
            MilestoneFinder.Find(text, planYear),
            Rhythm.Find(DeadlineText) ?? Rhythm.Find(text),
            Chapter is { Length: > 0 } ? Chapter : null);
    }

    private Deadline ParseDeadline(int planYear)
    {
        if (string.IsNullOrWhiteSpace(DeadlineText)) return Deadline.EndOfYear(planYear);
        return Deadline.Parse(DeadlineText, planYear)
            ?? throw new PlanFormatException($"task {Number}: cannot read the deadline (完成时限) \"{DeadlineText.Trim()}\"", Line);
    }
}
