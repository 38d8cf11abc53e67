using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Documents;
using TaskBot.Domain.Plans;
using TaskBot.Hosting;
using TaskBot.Import;

namespace TaskBot.Plans;

/// <summary>Imports a decomposition document from a file, with the office's unit aliases.</summary>
public sealed class PlanFileImporter(PlanImporter importer, IOptions<SeedOptions> seeds, IHostEnvironment environment)
{
    public Task<ImportReport> ImportAsync(string path, CancellationToken cancellationToken) =>
        ImportAsync(PlanDocument.ParseFile(Path.GetFullPath(path, environment.ContentRootPath)).Plan, cancellationToken);

    public Task<ImportReport> ImportAsync(PlanDraft draft, CancellationToken cancellationToken, bool dryRun = false)
    {
        var aliases = UnitAliasFile.Load(Path.GetFullPath(seeds.Value.UnitAliasFile, environment.ContentRootPath));
        return importer.ImportAsync(draft, aliases, cancellationToken, dryRun);
    }
}
