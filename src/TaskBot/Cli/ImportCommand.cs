using TaskBot.Domain.Plans;
using TaskBot.Plans;

namespace TaskBot.Cli;

/// <summary>`import FILE`: stores the plan and says what changed.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(Arguments args, IServiceProvider services, TextWriter output)
    {
        var report = await services.GetRequiredService<PlanFileImporter>().ImportAsync(args.Positional[0], CancellationToken.None);
        await Print(report, output);
        return 0;
    }

    private static async Task Print(ImportReport r, TextWriter output)
    {
        await output.WriteLineAsync($"{r.PlanTitle} ({r.PlanYear}){(r.PlanCreated ? ": new plan" : "")}");
        await output.WriteLineAsync($"tasks added: {r.Added.Count}, updated: {r.Updated.Count}, unchanged: {r.Unchanged.Count}, removed: {r.Removed.Count}");
        foreach (var change in r.Updated) await output.WriteLineAsync($"  updated #{change.Number}: {string.Join(", ", change.Fields)}");
        if (r.Removed.Count > 0) await output.WriteLineAsync($"  removed: {string.Join(", ", r.Removed.Select(n => $"#{n}"))}");
        await output.WriteLineAsync($"units created: {r.UnitsCreated.Count}{List(r.UnitsCreated)}");
        await output.WriteLineAsync($"leaders created: {r.LeadersCreated.Count}{List(r.LeadersCreated)}");
        await output.WriteLineAsync($"aliases matched: {r.AliasesMatched.Count}{List(r.AliasesMatched.Select(a => $"{a.Name} → {a.Unit}"))}");
    }

    private static string List(IEnumerable<string> items) => items.Any() ? " (" + string.Join("、", items) + ")" : "";
}
