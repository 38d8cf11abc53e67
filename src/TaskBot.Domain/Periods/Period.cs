namespace TaskBot.Domain.Periods;

/// <summary>A reporting period: a week ("2025-W10") or a half month ("2025-03-H1"), inclusive dates.</summary>
public sealed record Period(string Key, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
