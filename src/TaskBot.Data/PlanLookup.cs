using TaskBot.Domain.Plans;

namespace TaskBot.Data;

/// <summary>
/// A plan or list as the office names it: a list by its name (领导批示), a plan by title or year; no name is the plan
/// being supervised (the newest year's plan not archived).
/// </summary>
internal static class PlanLookup
{
    public static IQueryable<Plan> Named(IQueryable<Plan> plans, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Current(plans);
        var title = name.Trim();
        return int.TryParse(title, out var year)
            ? plans.Where(p => p.Year == year).OrderByDescending(p => p.Id)
            : plans.Where(p => p.Title == title || (p.Kind != ListKind.Plan && p.ListName == title))
                .OrderBy(p => p.Archived).ThenByDescending(p => p.Id);
    }

    public static IQueryable<Plan> Current(IQueryable<Plan> plans) =>
        plans.Where(p => !p.Archived && p.Kind == ListKind.Plan).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id);
}
