using Microsoft.EntityFrameworkCore;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Plans;

/// <summary>The office's weekly case: importing a new version of the plan over the one stored, on each provider.</summary>
[Collection(TestCollections.Imports)]
public abstract class ReimportTests(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    private const string Seed = "000_bd77716a55a06823.txt";

    private TestStore Store { get; set; } = null!;

    public async Task InitializeAsync() => Store = await NewStoreAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<TestStore> NewStoreAsync() => postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

    private static Task<Shell.Result> Import(TestStore store, string path, params string[] more) =>
        Shell.RunAsync(store, ["import", path, "--year", "2025", .. more]);

    // #31 gets a milestone and a second leader; #7 a unit more, a deadline and no 持续推进; #44 is left out.
    private static string Edited() => EditedCopy(text =>
    {
        text = Once(text, "三十一、建设旗寄递物流综合配送中心，完善乡村寄递物流体系。\n牵头领导：沙  健",
            "三十一、6月底前建成旗寄递物流综合配送中心，完善乡村寄递物流体系。\n牵头领导：沙  健、康  锐");
        text = Once(text, "责任单位：旗直各有关部门\n\n完成时限：2025年12月底前，持续推进\n\n八、",
            "责任单位：旗直各有关部门、旗财政局\n\n完成时限：2025年9月底前\n\n八、");
        return text[..text.IndexOf("四十四、", StringComparison.Ordinal)];
    });

    private static string WithoutTask44() => EditedCopy(text => text[..text.IndexOf("四十四、", StringComparison.Ordinal)]);

    [Fact]
    public async Task An_edited_document_leaves_the_tasks_as_a_fresh_import_of_it_would_and_says_what_changed()
    {
        await Import(Store, RepoFiles.Seed(Seed));
        var edited = Edited();
        var fresh = await NewStoreAsync();
        await Import(fresh, edited);

        var result = await Import(Store, edited);

        Assert.Contains("tasks added: 0, updated: 2, unchanged: 41, withdrawn: 1, restored: 0", result.Output);
        Assert.Contains("updated #7: deadline, ongoing, responsibleUnits", result.Output);
        Assert.Contains("updated #31: text, milestones, leaders", result.Output);
        Assert.Equal(await TasksAsync(fresh), await TasksAsync(Store));
        var withdrawn = await TestApp.WithDbAsync(Store, db => db.Tasks.IgnoreQueryFilters().SingleAsync(t => t.Number == 44));
        Assert.Equal("import", withdrawn.WithdrawnBy);
    }

    [Fact]
    public async Task A_task_listed_again_is_restored_with_its_leaders_and_units()
    {
        await Import(Store, RepoFiles.Seed(Seed));
        var before = await TasksAsync(Store);
        await Import(Store, WithoutTask44());

        var result = await Import(Store, RepoFiles.Seed(Seed));

        Assert.Contains("tasks added: 0, updated: 0, unchanged: 43, withdrawn: 0, restored: 1", result.Output);
        Assert.Equal(before, await TasksAsync(Store));
    }

    [Fact]
    public async Task Importing_an_unchanged_document_writes_no_row_of_the_plan()
    {
        await Import(Store, RepoFiles.Seed(Seed));
        await RefuseWritesAsync("Plans", "Tasks", "TaskLeaders", "TaskUnits", "Milestones", "Units", "UnitAliases", "Leaders");

        var result = await Import(Store, RepoFiles.Seed(Seed));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("tasks added: 0, updated: 0, unchanged: 44, withdrawn: 0, restored: 0", result.Output);
    }

    [Fact]
    public async Task A_dry_run_of_an_edited_document_stores_nothing()
    {
        await Import(Store, RepoFiles.Seed(Seed));
        var before = await TestApp.SnapshotAsync(Store);

        var result = await Import(Store, Edited(), "--dry-run");

        Assert.Contains("tasks added: 0, updated: 2, unchanged: 41, withdrawn: 1, restored: 0", result.Output);
        Assert.Equal(before, await TestApp.SnapshotAsync(Store));
    }

    // The bulk path once stopped being taken without any test noticing: every PostgreSQL import took seconds more.
    [Fact]
    public async Task PostgreSQL_writes_imports_in_bulk()
    {
        var bulk = await TestApp.WithDbAsync(Store, db => Task.FromResult(db.ImportsInBulk));

        Assert.Equal(provider == StorageProvider.PostgreSql, bulk);
    }

    /// <summary>Every supervised task as a user sees it: fields, leaders and units in order, milestones.</summary>
    private static async Task<List<string>> TasksAsync(TestStore store)
    {
        var tasks = await TestApp.WithDbAsync(store, db => db.Tasks.AsNoTracking()
            .Include(t => t.Leaders).ThenInclude(l => l.Leader).Include(t => t.Units).ThenInclude(u => u.Unit)
            .OrderBy(t => t.Number).ToListAsync());
        return [.. tasks.Select(t => string.Join(" | ", t.Number, t.Text, t.Deadline, t.Ongoing, t.Rhythm, t.Chapter,
            string.Join("、", t.LeadLeaders.Select(l => l.Name)), string.Join("、", t.LeadUnits.Select(u => u.Name)),
            string.Join("、", t.ResponsibleUnits.Select(u => u.Name)),
            string.Join("、", t.Milestones.OrderBy(m => m.Date).Select(m => $"{m.Date:yyyy-MM-dd} {m.Text}"))))];
    }

    // Any insert, update or delete of these tables fails the import, on either store.
    private Task RefuseWritesAsync(params string[] tables) => TestApp.WithDbAsync(Store, db => db.Database.ExecuteSqlRawAsync(
        db.Database.IsNpgsql()
            ? "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;"
              + string.Concat(tables.Select(t =>
                  $"CREATE TRIGGER refuse BEFORE INSERT OR UPDATE OR DELETE ON \"{t}\" FOR EACH ROW EXECUTE FUNCTION refuse();"))
            : string.Concat(tables.SelectMany(t => new[] { "INSERT", "UPDATE", "DELETE" }.Select(e =>
                $"CREATE TRIGGER \"refuse_{e}_{t}\" BEFORE {e} ON \"{t}\" BEGIN SELECT RAISE(ABORT, 'refused'); END;")))));

    private static string Once(string text, string old, string replacement)
    {
        Assert.Equal(1, text.Split(old).Length - 1);
        return text.Replace(old, replacement);
    }

    // Same file name as the seed, so the plan keeps its source.
    private static string EditedCopy(Func<string, string> edit)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-reimport-").FullName, Seed);
        File.WriteAllText(path, edit(File.ReadAllText(RepoFiles.Seed(Seed))));
        return path;
    }
}

public sealed class SqliteReimportTests(PostgresServer postgres) : ReimportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlReimportTests(PostgresServer postgres) : ReimportTests(postgres, StorageProvider.PostgreSql);
