using Microsoft.EntityFrameworkCore;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Plans;

/// <summary>Importing plans into a real database, on each provider.</summary>
[Collection(TestCollections.Imports)]
public abstract class ImportTests(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    protected const string Seed000 = "000_bd77716a55a06823.txt";
    protected const string Seed002 = "002_286189d50c2e543b.txt";

    protected TestStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

    public Task DisposeAsync() => Task.CompletedTask;

    // Each in its own year, which is over: the office says so with --year.
    protected Task<Shell.Result> Import(string seed) =>
        Shell.RunAsync(Store, "import", RepoFiles.Seed(seed), "--year", seed == Seed002 ? "2022" : "2025");

    // Same file name as the seed, so the plan keeps its source.
    private static string EditedCopy(string seed, Func<string, string> edit)
    {
        var dir = Directory.CreateTempSubdirectory("taskbot-edit-").FullName;
        var path = Path.Combine(dir, seed);
        File.WriteAllText(path, edit(File.ReadAllText(RepoFiles.Seed(seed))));
        return path;
    }

    [Fact]
    public async Task Importing_a_plan_reports_every_task_added()
    {
        var result = await Import(Seed000);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tasks added: 44, updated: 0, unchanged: 0, withdrawn: 0, restored: 0", result.Output);
    }

    [Fact]
    public async Task Importing_the_same_documents_again_leaves_the_database_identical()
    {
        await Import(Seed002);
        await Import(Seed000);
        var before = await TestApp.SnapshotAsync(Store);

        var again = await Import(Seed000);

        Assert.Contains("tasks added: 0, updated: 0, unchanged: 44, withdrawn: 0, restored: 0", again.Output);
        Assert.Contains("units created: 0", again.Output);
        Assert.Equal(before, await TestApp.SnapshotAsync(Store));
    }

    [Fact]
    public async Task Every_alias_of_a_unit_ends_as_one_unit()
    {
        await Import(Seed000);
        await Import(Seed002);

        var names = await TestApp.WithDbAsync(Store, db => db.Units.Select(u => u.Name).ToListAsync());

        Assert.Contains("旗政府办公室", names);
        Assert.Contains("旗工信和科技局", names);
        Assert.Contains("苏里格经济开发区", names);
        Assert.DoesNotContain("旗政府办", names);
        Assert.DoesNotContain("工信和科技局", names);
        Assert.DoesNotContain("工科局", names);
        Assert.DoesNotContain("苏里格经济技术开发区", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task A_unit_first_named_by_a_plan_is_stored_with_every_name_the_alias_file_gives_it()
    {
        await Import(Seed000);

        var (unit, aliases, tasks) = await TestApp.WithDbAsync(Store, async db =>
        {
            var unit = await db.Units.Include(u => u.Aliases).SingleAsync(u => u.Name == "旗工信和科技局");
            var tasks = await db.Tasks.CountAsync(t => t.Units.Any(l => l.UnitId == unit.Id) && t.Leaders.Any(l => l.Leader.Id > 0));
            return (unit, unit.Aliases.Select(a => (a.Name, a.UnitId)).ToList(), tasks);
        });

        Assert.Contains(("工科局", unit.Id), aliases);
        Assert.Contains(("旗工业和信息化局", unit.Id), aliases);
        Assert.True(tasks > 0);
    }

    [Fact]
    public async Task Tasks_of_a_unit_include_those_that_name_it_by_an_alias()
    {
        await Import(Seed002);

        var result = await Shell.RunAsync(Store, "tasks", "--unit", "工科局");

        Assert.Contains("#70\t", result.Output);  // 工科局
        Assert.Contains("#71\t", result.Output);  // 工信和科技局
        Assert.DoesNotContain("#2\t", result.Output); // 鄂托克经济开发区管委会 with 招商引资中心
    }

    [Fact]
    public async Task Tasks_of_the_office_by_its_short_name_include_those_written_in_full()
    {
        await Import(Seed000);

        var result = await Shell.RunAsync(Store, "tasks", "--unit", "旗政府办");

        Assert.Contains("#1\t", result.Output);   // 旗政府办公室
        Assert.Contains("#42\t", result.Output);  // 旗政府办
    }

    [Fact]
    public async Task Tasks_of_a_leader_are_the_ones_they_lead_however_their_name_is_padded()
    {
        await Import(Seed000);

        var result = await Shell.RunAsync(Store, "tasks", "--leader", "康  锐");

        var numbers = result.Output.Split('\n').Where(l => l.StartsWith('#')).Select(l => int.Parse(l[1..l.IndexOf('\t')]));
        Assert.Equal([11, 19, 22, 30, 33], numbers);
    }

    [Fact]
    public async Task A_broken_document_is_refused_with_its_line_and_imports_nothing()
    {
        await Import(Seed002);
        var before = await TestApp.SnapshotAsync(Store);
        var broken = EditedCopy(Seed000, text => text.Replace("二十三、开展", "二十四、开展"));

        var result = await Shell.RunAsync(Store, "import", broken, "--year", "2025");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 217: expected task 23", result.Error);
        Assert.Equal(before, await TestApp.SnapshotAsync(Store));
    }

    [Fact]
    public async Task An_import_the_store_refuses_part_way_leaves_nothing_of_it()
    {
        await Import(Seed002);
        // The store refuses the last rows an import writes (its tasks' milestones), after the tasks and their links.
        await TestApp.WithDbAsync(Store, db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;"
              + "CREATE TRIGGER refuse BEFORE INSERT ON \"Milestones\" FOR EACH ROW EXECUTE FUNCTION refuse();"
            : "CREATE TRIGGER refuse BEFORE INSERT ON \"Milestones\" BEGIN SELECT RAISE(ABORT, 'refused'); END;"));
        var before = await TestApp.SnapshotAsync(Store);

        var result = await Import(Seed000);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(before, await TestApp.SnapshotAsync(Store));
    }

    [Fact]
    public async Task Importing_an_edited_version_updates_what_changed_and_says_what()
    {
        await Import(Seed000);
        var edited = EditedCopy(Seed000, text =>
        {
            text = text.Replace("三十一、建设旗寄递物流综合配送中心，完善乡村寄递物流体系。\n牵头领导：沙  健",
                                "三十一、6月底前建成旗寄递物流综合配送中心，完善乡村寄递物流体系。\n牵头领导：沙  健、康  锐");
            return text[..text.IndexOf("四十四、", StringComparison.Ordinal)];
        });

        var result = await Shell.RunAsync(Store, "import", edited, "--year", "2025");

        Assert.Contains("tasks added: 0, updated: 1, unchanged: 42, withdrawn: 1, restored: 0", result.Output);
        Assert.Contains("updated #31: text, milestones, leaders", result.Output);
        Assert.Contains("withdrawn (reports kept): #44", result.Output);
        var task31 =
            await TestApp.WithDbAsync(Store, db => db.Tasks.Include(t => t.Leaders).ThenInclude(l => l.Leader).SingleAsync(t => t.Number == 31));
        Assert.Equal(["沙健", "康锐"], task31.LeadLeaders.Select(l => l.Name));
        Assert.Equal(new DateOnly(2025, 6, 30), Assert.Single(task31.Milestones).Date);
    }

    [Fact]
    public async Task An_unknown_unit_is_named_in_a_clear_error()
    {
        await Import(Seed000);

        var result = await Shell.RunAsync(Store, "tasks", "--unit", "火星局");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no unit is named \"火星局\"", result.Error);
    }
}

public sealed class SqliteImportTests(PostgresServer postgres) : ImportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlImportTests(PostgresServer postgres) : ImportTests(postgres, StorageProvider.PostgreSql);
