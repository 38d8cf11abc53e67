using System.CommandLine;
using TaskBot.Domain.Plans;
using TaskBot.Plans;

namespace TaskBot.Cli;

/// <summary>`import FILE [--sheet NAME] [--dry-run]`: stores the plan and says what changed (or would change).</summary>
public static class ImportCommand
{
    public static Command Create(CommandServices services)
    {
        var file = ParseCommand.FileArgument();
        var sheet = ParseCommand.SheetOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what the import would change, and store nothing." };
        var command = new Command("import", "Import a plan into the configured database.") { file, sheet, dryRun };
        command.SetAction(async (r, ct) =>
        {
            // Read first: a missing or broken file leaves no database behind.
            var output = r.InvocationConfiguration.Output;
            var draft = await ParseCommand.ReadAsync(r, file, sheet, output);
            var report = await services.RunAsync(sp =>
                sp.GetRequiredService<PlanFileImporter>().ImportAsync(draft, ct, r.GetValue(dryRun)));
            if (r.GetValue(dryRun)) await output.WriteLineAsync("dry run: nothing was stored");
            await Print(report, output);
            return 0;
        });
        return command;
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
