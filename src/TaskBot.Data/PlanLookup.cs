using TaskBot.Domain.Plans;

namespace TaskBot.Data;

/// <summary>A plan as the office names it: by title or year; no name is the plan being supervised (the newest not archived).</summary>
internal static class PlanLookup
{
    public static IQueryable<Plan> Named(IQueryable<Plan> plans, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Current(plans);
        var title = name.Trim();
        return int.TryParse(title, out var year)
            ? plans.Where(p => p.Year == year).OrderByDescending(p => p.Id)
            : plans.Where(p => p.Title == title).OrderByDescending(p => p.Id);
    }

    public static IQueryable<Plan> Current(IQueryable<Plan> plans) =>
        plans.Where(p => !p.Archived).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id);
}
