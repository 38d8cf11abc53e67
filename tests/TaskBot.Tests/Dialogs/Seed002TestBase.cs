using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// Seed 002 (鄂托克旗, 每周一调度，半月一报告) supervised this year: imported with --year 2026 on Thursday 3 December 2026,
/// which is its go-live.
/// </summary>
public abstract class Seed002TestBase(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    // Its own plan, imported into a migrated store: not on top of the seed the base class starts from.
    protected override string TemplateKey => StoreTemplates.Migrated;

    protected override void Configure(TestStore store)
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        var import = Shell.RunAsync(store, Clock, "import", RepoFiles.Seed("002_286189d50c2e543b.txt"), "--year", "2026").GetAwaiter().GetResult();
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("reporting rhythm stated: HalfMonth", import.Output);
    }
}
