using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskBot.Data;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;
using TaskBot.Import;
using TaskBot.Plans;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// B5: importing a generated 10,000-task table (floor: parsing it). B4: "which tasks are behind" over those tasks and
/// 52 weeks of reports, for one leader's 1,000 tasks and for everything, against a hand-written SQL query. The
/// office's weekly re-import follows the first: the same table again, and one with a few tasks changed.
/// </summary>
public static class PlanScale
{
    private const int Tasks = 10_000, Leaders = 10, Units = 100, Weeks = 52, Changed = 20;

    /// <param name="importOnly">Stop after the imports (<c>--only B5</c>).</param>
    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, bool quick, bool importOnly = false)
    {
        var connectionString = await postgres.CreateDatabaseAsync(pooling: true);
        await using var server = await BenchServer.StartAsync(connectionString, ("Seeds:ImportDemoOnEmptyDatabase", "false"));
        var path = Path.Combine(Path.GetTempPath(), $"taskbot-bench-plan-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Document(changed: 0));

        var parse = Stopwatch.StartNew();
        var draft = PlanParser.ParseFile(path);
        var parseSeconds = parse.Elapsed.TotalSeconds;
        if (draft.Tasks.Count != Tasks) throw new InvalidOperationException($"parsed {draft.Tasks.Count} tasks");
        var importSeconds = await ImportAsync(server, path);
        var sameSeconds = await ImportAsync(server, path);
        await File.WriteAllTextAsync(path, Document(changed: Changed));
        var changedSeconds = await ImportAsync(server, path);
        File.Delete(path);
        var imports = new List<Figure>
        {
            new("B5.import", $"import of a generated {Tasks}-task table", importSeconds, "s", "≤ 2 s", importSeconds <= 2, parseSeconds,
                "parsing the same file"),
            new("B5.same", "re-import of the same table", sameSeconds, "s", "—", null, parseSeconds, "parsing the same file"),
            new("B5.changed", $"re-import with {Changed} tasks changed", changedSeconds, "s", "—", null, parseSeconds, "parsing the same file"),
        };
        if (importOnly) return imports;

        var today = server.Services.GetRequiredService<LocalClock>().Today;
        var rows = await ReportSeeder.SeedAsync(connectionString, ReportSeeder.WeeksThrough(today, Weeks));
        // The reports were loaded behind TaskBot's back, so its daily run assesses every task, as after midnight.
        var rebuild = Stopwatch.StartNew();
        await server.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(CancellationToken.None);
            return 0;
        });
        var rebuildSeconds = rebuild.Elapsed.TotalSeconds;
        // As autovacuum would after so many rows written: the planner sees the kept rows' real sizes.
        await AnalyzeAsync(connectionString);
        var iterations = quick ? 10 : 40;
        var figures = new List<Figure>(imports)
        {
            new("B4.daily", $"daily assessment of all {Tasks} tasks (kept)", rebuildSeconds, "s", "—", null),
        };
        figures.AddRange(await BehindAsync(server, connectionString, today, "领导1", $"behind: one leader's {Tasks / Leaders} tasks", "B4.leader", 5,
            iterations, rows));
        figures.Add(await CpuAsync(server, postgres, "领导1", "B4.leader.cpu", quick ? 50 : 200));
        figures.AddRange(await BehindAsync(server, connectionString, today, null, "behind: the whole organisation", "B4.all", 50, iterations, rows));
        return figures;
    }

    private static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<double> ImportAsync(BenchServer server, string path)
    {
        var import = Stopwatch.StartNew();
        await server.WithScopeAsync(sp => sp.GetRequiredService<PlanFileImporter>().ImportAsync(path, CancellationToken.None));
        return import.Elapsed.TotalSeconds;
    }

    // The first tasks of a changed table have a new text and one more responsible unit; who leads them stays.
    private static string Document(int changed)
    {
        var text = new StringBuilder("2026年政府工作报告目标任务分解表\n\n\t序号\n\t重点工作任务\n\t责任领导\n\t牵头单位\n\t责任单位\n\n");
        for (var n = 1; n <= Tasks; n++)
        {
            var (revised, more) = n <= changed ? ("（修订）", $"、试点{(n + 1) % Units:000}局") : ("", "");
            text.Append($"\t{n}\n\t推进第{n}项重点工作，完成年度目标任务{revised}。\n\t领导{n % Leaders + 1}\n\t试点{n % Units:000}局\n\t试点{n % Units:000}局{more}\n\n");
        }
        return text.ToString();
    }

    /// <summary>The CPU one answer costs, TaskBot's process and PostgreSQL's together: unlike its wall time, it holds on a loaded machine.</summary>
    private static async Task<Figure> CpuAsync(BenchServer server, PostgresCluster postgres, string leader, string id, int count)
    {
        var (app, database) = (CpuTime.Of(Environment.ProcessId), CpuTime.OfPostgres(postgres));
        for (var i = 0; i < count; i++) await AnswerAsync(server, leader);
        var (appMs, dbMs) = (1000 * (CpuTime.Of(Environment.ProcessId) - app) / count, 1000 * (CpuTime.OfPostgres(postgres) - database) / count);
        return new(id, "  CPU an answer: TaskBot + PostgreSQL", appMs + dbMs, "ms", "—", null,
            Note: FormattableString.Invariant($"TaskBot {appMs:0.00} ms, PostgreSQL {dbMs:0.00} ms, over {count} answers"));
    }

    /// <summary>哪些任务滞后 as the domain answers it, for one leader (or everyone, when <paramref name="leader"/> is null).</summary>
    private static Task<IReadOnlyList<TaskAssessment>> AnswerAsync(BenchServer server, string? leader) => server.WithScopeAsync(async sp =>
    {
        var supervision = sp.GetRequiredService<TaskSupervision>();
        var plan = (await supervision.PlanAsync(CancellationToken.None))!;
        var tasks = leader is null ? plan.Tasks : [.. supervision.Seen([plan], BehindBreakdown.Viewer(plan, leader))];
        return (await supervision.BehindAsync(plan, tasks, CancellationToken.None)).Behind;
    });

    /// <summary>B4 for one leader (or everyone, when <paramref name="leader"/> is null), the domain next to the hand-written SQL.</summary>
    public static async Task<IEnumerable<Figure>> BehindAsync(BenchServer server, string connectionString, DateOnly today, string? leader,
        string name, string id, double targetMs, int iterations, long rows)
    {
        IReadOnlyList<TaskAssessment> domainBehind = [];
        async Task Domain(int _) => domainBehind = await AnswerAsync(server, leader);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task Sql(int _) => await BehindSql.CountAsync(connection, leader, today);

        await Stats.TimeEachAsync(3, Domain);
        await Stats.TimeEachAsync(3, Sql);
        var domain = await Stats.TimeEachAsync(iterations, Domain);
        var sql = await Stats.TimeEachAsync(iterations, Sql);
        var agree = Agreement(domainBehind, await BehindSql.TaskIdsAsync(connection, leader, today));
        var (p50, p99) = (Stats.Quantile(domain, 0.5), Stats.Quantile(domain, 0.99));
        return
        [
            new($"{id}.p50", $"{name} p50", p50, "ms", $"≤ {targetMs} ms", p50 <= targetMs, Stats.Quantile(sql, 0.5), "hand-written SQL",
                $"{domainBehind.Count} behind; {agree}; {rows} report rows"),
            new($"{id}.p99", $"{name} p99", p99, "ms", "—", null, Stats.Quantile(sql, 0.99), "hand-written SQL"),
            .. leader is null ? Enumerable.Empty<Figure>() : await BehindBreakdown.MeasureAsync(server, leader, id, iterations),
        ];
    }

    /// <summary>"same answer", or how many tasks each counts behind and the first few that only one of them does.</summary>
    private static string Agreement(IReadOnlyList<TaskAssessment> domain, IReadOnlySet<int> sql)
    {
        var mine = domain.ToDictionary(a => a.Task.Id);
        var onlySql = sql.Where(id => !mine.ContainsKey(id)).Order().ToList();
        var onlyDomain = domain.Where(a => !sql.Contains(a.Task.Id)).OrderBy(a => a.Task.Number).ToList();
        if (onlySql.Count == 0 && onlyDomain.Count == 0) return "same answer";
        return $"answers differ: {domain.Count} vs {sql.Count} from SQL; only SQL: {onlySql.Count} (task ids "
            + string.Join(",", onlySql.Take(5)) + $"); only the domain: {onlyDomain.Count} ("
            + string.Join(", ", onlyDomain.Take(5).Select(a => $"#{a.Task.Number} {string.Join("+", a.Reasons.Select(r => r.Kind))}")) + ")";
    }
}
