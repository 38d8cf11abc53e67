using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using TaskBot.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Plans;
using TaskBot.Plans;

namespace TaskBot.Cli;

/// <summary>
/// `import FILE [--sheet NAME] [--year N] [--starts-on DATE] [--archive] [--org NAME] [--list NAME --kind KIND] [--dry-run]`:
/// stores the plan, or a list beside it, and says what changed (or would change).
/// </summary>
public static class ImportCommand
{
    public static Command Create(CommandServices services)
    {
        var file = ParseCommand.FileArgument();
        var sheet = ParseCommand.SheetOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what the import would change (units, aliases matched), and store nothing." };
        var year = new Option<int?>("--year")
        {
            Description = "Supervise the plan in this year (its deadlines move with it); the year of a document that names none.", HelpName = "N",
        };
        year.CustomParser = r =>
            int.TryParse(r.Tokens.Single().Value, out var n) && n is >= 2000 and <= 2100 ? n : Refuse(r, "--year takes a year such as 2026");
        var startsOn = new Option<DateOnly?>("--starts-on")
        {
            Description = "Go-live: count unreported periods from this day (default: the first import).", HelpName = "YYYY-MM-DD",
        };
        startsOn.CustomParser = r =>
            DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : RefuseDate(r);
        var archive = new Option<bool>("--archive") { Description = "Keep the plan for the record only: no reminders, never the current plan." };
        var org = new Option<string>("--org")
        {
            Description = "The 旗 or 县 whose plan it is (whose unit aliases apply); default: the document's issuer.", HelpName = "NAME",
        };
        var list = new Option<string>("--list")
        {
            Description = "Import a list beside the year's plan under this name (领导批示); re-importing it replaces only it.", HelpName = "NAME",
        };
        var kind = new Option<ListKind>("--kind")
        {
            Description = "What the --list is: Instruction (领导批示), Proposal (建议提案), Special (专项督查).", DefaultValueFactory = _ => ListKind.Special,
        };
        var command =
            new Command("import", "Import a plan into the configured database.") { file, sheet, year, startsOn, archive, org, list, kind, dryRun };
        command.SetAction(async (r, ct) =>
        {
            // Read first: a missing or broken file leaves no database behind.
            var output = r.InvocationConfiguration.Output;
            var draft = await ParseCommand.ReadAsync(r, file, sheet, output, r.GetValue(year));
            if (r.GetValue(year) is { } y) draft = draft.InYear(y);
            if (r.GetValue(org) is { Length: > 0 } o) draft = draft with { Organisation = o.Trim() };
            var terms = default(PlanImportTerms);
            var named = r.GetValue(list) is { Length: > 0 } n
                ? new SupervisionList(n.Trim(), r.GetValue(kind) is var k && k == ListKind.Plan ? ListKind.Special : k) : null;
            ImportReport report;
            try
            {
                report = await services.RunAsync(
                    sp => sp.GetRequiredService<PlanFileImporter>().ImportAsync(draft, terms!, ct, r.GetValue(dryRun)),
                    sp => terms = Terms(draft, sp.GetRequiredService<LocalClock>().Today, r.GetValue(startsOn), r.GetValue(archive),
                        r.GetValue(year) is not null) with { List = named });
            }
            catch (Exception e) when (e is DbException or DbUpdateException)
            {
                // The import is one transaction: what the database refused took the rest with it.
                var reason = (e.InnerException as DbException ?? e as DbException)?.Message ?? e.Message;
                await r.InvocationConfiguration.Error.WriteLineAsync($"error: the database refused the import ({reason}); nothing was imported");
                return 1;
            }
            if (r.GetValue(dryRun)) await output.WriteLineAsync("dry run: nothing was stored");
            await Print(report, draft, terms!, output);
            return 0;
        });
        return command;
    }

    /// <summary>A plan whose year is over is not supervised by accident: the office says which year, or that it is for the record.</summary>
    private static PlanImportTerms Terms(PlanDraft draft, DateOnly today, DateOnly? startsOn, bool archive, bool yearGiven)
    {
        if (draft.Year < today.Year && !archive && !yearGiven)
            throw new CommandLineException($"the plan's year {draft.Year} is over (today is {today:yyyy-MM-dd}): "
                + $"import it with --year {today.Year} to supervise it this year, or --archive to keep it for the record");
        return new PlanImportTerms(today, startsOn, archive);
    }

    private static int? Refuse(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return null;
    }

    private static DateOnly? RefuseDate(System.CommandLine.Parsing.ArgumentResult r)
    {
        r.AddError("--starts-on takes a date such as 2026-03-01");
        return null;
    }

    private static async Task Print(ImportReport r, PlanDraft draft, PlanImportTerms terms, TextWriter output)
    {
        await output.WriteLineAsync(
            $"{r.PlanTitle} ({r.PlanYear}){(r.PlanCreated ? ": new plan" : "")}{(terms.Archive ? ", archived (for the record: no reminders)" : "")}");
        if (terms.List is { } list) await output.WriteLineAsync($"list beside the plan: {list.Name} ({list.Kind})");
        await output.WriteLineAsync(
            $"organisation: {(draft.Organisation.Length > 0 ? draft.Organisation : "(none named; only aliases for every organisation apply)")}");
        await output.WriteLineAsync($"reporting rhythm stated: {draft.Rhythm?.ToString() ?? "none"}; "
            + $"reporting counted from: {r.ReportingStartsOn:yyyy-MM-dd}");
        await output.WriteLineAsync($"tasks added: {r.Added.Count}, updated: {r.Updated.Count}, unchanged: {r.Unchanged.Count}, "
            + $"withdrawn: {r.Removed.Count}, restored: {r.Restored.Count}");
        foreach (var change in r.Updated) await output.WriteLineAsync($"  updated #{change.Number}: {string.Join(", ", change.Fields)}");
        if (r.Removed.Count > 0) await output.WriteLineAsync($"  withdrawn (reports kept): {string.Join(", ", r.Removed.Select(n => $"#{n}"))}");
        if (r.Restored.Count > 0) await output.WriteLineAsync($"  restored: {string.Join(", ", r.Restored.Select(n => $"#{n}"))}");
        if (r.KeptWithdrawn.Count > 0)
            await output.WriteLineAsync($"  kept withdrawn (the office withdrew them): {string.Join(", ", r.KeptWithdrawn.Select(n => $"#{n}"))}");
        foreach (var (number, document, kept) in r.KeptDeadlines)
            await output.WriteLineAsync($"  warning: #{number} keeps its approved deadline {kept:yyyy-MM-dd}, "
                + $"not the document's {document?.ToString("yyyy-MM-dd") ?? "(none)"}");
        await output.WriteLineAsync($"units created: {r.UnitsCreated.Count}{List(r.UnitsCreated)}");
        await output.WriteLineAsync($"leaders created: {r.LeadersCreated.Count}{List(r.LeadersCreated)}");
        await output.WriteLineAsync($"aliases matched: {r.AliasesMatched.Count}{List(r.AliasesMatched.Select(a => $"{a.Name} → {a.Unit}"))}");
    }

    private static string List(IEnumerable<string> items) => items.Any() ? " (" + string.Join("、", items) + ")" : "";
}
