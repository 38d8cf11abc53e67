using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Documents;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Hosting;
using TaskBot.Import;

namespace TaskBot.Plans;

/// <summary>Imports a decomposition document from a file, with the office's unit aliases for the plan's 旗.</summary>
public sealed class PlanFileImporter(PlanImporter importer, IOptions<SeedOptions> seeds, IHostEnvironment environment, LocalClock clock)
{
    /// <summary>
    /// The demo plan, on a fresh machine: dated in the current year and live from today, so that a newcomer's first
    /// look shows this year's tasks with nothing unreported yet.
    /// </summary>
    public Task<ImportReport> ImportDemoAsync(string path, CancellationToken cancellationToken)
    {
        var draft = PlanDocument.ParseFile(Path.GetFullPath(path, environment.ContentRootPath)).Plan;
        return ImportAsync(draft.Year < clock.Today.Year ? draft.InYear(clock.Today.Year) : draft, new PlanImportTerms(clock.Today),
            cancellationToken);
    }

    public Task<ImportReport> ImportAsync(string path, CancellationToken cancellationToken) =>
        ImportAsync(PlanDocument.ParseFile(Path.GetFullPath(path, environment.ContentRootPath)).Plan, new PlanImportTerms(clock.Today),
            cancellationToken);

    /// <summary>A plan read elsewhere (a file sent in chat), live from today.</summary>
    public Task<ImportReport> ImportAsync(PlanDraft draft, CancellationToken cancellationToken, bool dryRun = false) =>
        ImportAsync(draft, new PlanImportTerms(clock.Today), cancellationToken, dryRun);

    /// <summary>
    /// A plan sent in chat. A document whose year is over is supervised this year, as `import --year` would (the chat
    /// has no options): the summary the office confirms says so, and sent again it updates that plan.
    /// </summary>
    public Task<ImportReport> ImportUploadAsync(PlanDraft draft, CancellationToken cancellationToken, bool dryRun) =>
        ImportAsync(draft.InYear(Math.Max(draft.Year, clock.Today.Year)), cancellationToken, dryRun);

    public Task<ImportReport> ImportAsync(PlanDraft draft, PlanImportTerms terms, CancellationToken cancellationToken, bool dryRun = false)
    {
        var aliases = UnitAliasFile.Load(Path.GetFullPath(seeds.Value.UnitAliasFile, environment.ContentRootPath));
        return importer.ImportAsync(draft, aliases, terms, cancellationToken, dryRun);
    }
}
