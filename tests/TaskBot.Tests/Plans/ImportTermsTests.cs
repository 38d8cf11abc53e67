using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Plans;

/// <summary>`import --year/--archive/--org/--dry-run` on Thursday 3 December 2026, on each provider.</summary>
[Collection(TestCollections.Imports)]
public abstract class ImportTermsTests(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    private const string Seed000 = "000_bd77716a55a06823.txt";
    private const string Seed002 = "002_286189d50c2e543b.txt";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Shell.Result> Import(string seed, params string[] flags) =>
        Shell.RunAsync(_store, _clock, ["import", RepoFiles.Seed(seed), .. flags]);

    private Task<int> PlanCount() => TestApp.WithDbAsync(_store, db => db.Plans.CountAsync());

    [Fact]
    public async Task A_plan_whose_year_is_over_is_refused_until_the_office_says_which_year_or_archives_it()
    {
        var refused = await Import(Seed002);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("the plan's year 2022 is over", refused.Error);
        Assert.Contains("--year 2026", refused.Error);
        Assert.Contains("--archive", refused.Error);
        Assert.Equal(0, await PlanCount());
    }

    [Fact]
    public async Task An_archived_plan_is_kept_for_the_record_and_is_not_the_current_plan()
    {
        Assert.Equal(0, (await Import(Seed002, "--year", "2026")).ExitCode);
        var archived = await Import(Seed000, "--archive");

        Assert.Equal(0, archived.ExitCode);
        Assert.Contains("archived", archived.Output);
        var plans = await TestApp.WithDbAsync(_store, db => db.Plans.OrderBy(p => p.Year).Select(p => new { p.Year, p.Archived }).ToListAsync());
        Assert.Equal([new { Year = 2025, Archived = true }, new { Year = 2026, Archived = false }], plans);
    }

    [Fact]
    public async Task With_year_the_plan_and_its_deadlines_move_to_that_year_and_go_live_is_today()
    {
        var result = await Import(Seed002, "--year", "2026");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reporting counted from: 2026-12-03", result.Output);
        var plan = await TestApp.WithDbAsync(_store, db => db.Plans.Include(p => p.Tasks).SingleAsync());
        Assert.Equal((2026, new DateOnly(2026, 12, 3)), (plan.Year, plan.ReportingStartsOn));
        Assert.All(plan.Tasks, t => Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline));
    }

    [Fact]
    public async Task Starts_on_sets_go_live()
    {
        Assert.Contains("reporting counted from: 2026-11-02", (await Import(Seed002, "--year", "2026", "--starts-on", "2026-11-02")).Output);
        Assert.Equal(2, (await Import(Seed002, "--year", "2026", "--starts-on", "2 Nov")).ExitCode);
    }

    [Fact]
    public async Task A_dry_run_lists_the_units_to_create_and_only_this_countys_aliases()
    {
        Assert.Equal(0, (await Import(Seed000, "--year", "2025")).ExitCode);

        var dry = await Import(Seed002, "--year", "2026", "--dry-run");

        Assert.Contains("organisation: 鄂托克旗", dry.Output);
        Assert.Contains("人社局 → 旗人力资源和社会保障局", dry.Output);
        Assert.DoesNotContain("生态环境分局 → 市生态环境局乌审分局", dry.Output);
        Assert.Matches("units created: \\d+ \\(.*生态环境分局", dry.Output);
        Assert.Equal(1, await PlanCount());
    }

    [Fact]
    public async Task Org_names_whose_aliases_apply()
    {
        var dry = await Import(Seed002, "--year", "2026", "--org", "乌审旗", "--dry-run");

        Assert.Contains("organisation: 乌审旗", dry.Output);
        Assert.Contains("生态环境分局 → 市生态环境局乌审分局", dry.Output);
    }
}

public sealed class SqliteImportTermsTests(PostgresServer postgres) : ImportTermsTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlImportTermsTests(PostgresServer postgres) : ImportTermsTests(postgres, StorageProvider.PostgreSql);
