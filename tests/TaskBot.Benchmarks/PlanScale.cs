using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using TaskBot.Data;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;
using TaskBot.Import;
using TaskBot.Plans;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// B5: importing a generated 10,000-task table (floor: parsing it). B4: "which tasks are behind" over those tasks and
/// 52 weeks of reports, for one leader's 1,000 tasks and for everything, against a hand-written SQL query.
/// </summary>
public static class PlanScale
{
    private const int Tasks = 10_000, Leaders = 10, Units = 100, Weeks = 52;

    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, bool quick)
    {
        var connectionString = await postgres.CreateDatabaseAsync(pooling: true);
        await using var server = await BenchServer.StartAsync(connectionString, ("Seeds:ImportDemoOnEmptyDatabase", "false"));
        var path = Path.Combine(Path.GetTempPath(), $"taskbot-bench-plan-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Document());

        var parse = Stopwatch.StartNew();
        var draft = PlanParser.ParseFile(path);
        var parseSeconds = parse.Elapsed.TotalSeconds;
        if (draft.Tasks.Count != Tasks) throw new InvalidOperationException($"parsed {draft.Tasks.Count} tasks");
        var import = Stopwatch.StartNew();
        await server.WithScopeAsync(sp => sp.GetRequiredService<PlanFileImporter>().ImportAsync(path, CancellationToken.None));
        var importSeconds = import.Elapsed.TotalSeconds;
        File.Delete(path);

        var today = server.Services.GetRequiredService<LocalClock>().Today;
        var rows = await SeedReportsAsync(connectionString, today);
        // The reports were loaded behind TaskBot's back, so its daily run assesses every task, as after midnight.
        var rebuild = Stopwatch.StartNew();
        await server.WithScopeAsync(async sp => { await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(CancellationToken.None); return 0; });
        var rebuildSeconds = rebuild.Elapsed.TotalSeconds;
        var iterations = quick ? 10 : 40;
        var figures = new List<Figure>
        {
            new("B5.import", $"import of a generated {Tasks}-task table", importSeconds, "s", "≤ 2 s", importSeconds <= 2, parseSeconds, "parsing the same file"),
            new("B4.daily", $"daily assessment of all {Tasks} tasks (kept)", rebuildSeconds, "s", "—", null),
        };
        figures.AddRange(await BehindAsync(server, connectionString, today, "领导1", $"behind: one leader's {Tasks / Leaders} tasks", "B4.leader", 5, iterations, rows));
        figures.AddRange(await BehindAsync(server, connectionString, today, null, "behind: the whole organisation", "B4.all", 50, iterations, rows));
        return figures;
    }

    private static string Document()
    {
        var text = new StringBuilder("2026年政府工作报告目标任务分解表\n\n\t序号\n\t重点工作任务\n\t责任领导\n\t牵头单位\n\t责任单位\n\n");
        for (var n = 1; n <= Tasks; n++)
            text.Append($"\t{n}\n\t推进第{n}项重点工作，完成年度目标任务。\n\t领导{n % Leaders + 1}\n\t试点{n % Units:000}局\n\t试点{n % Units:000}局\n\n");
        return text.ToString();
    }

    /// <summary>One report a week per task from its lead unit, the last one the latest; COPY, as a data load would.</summary>
    private static async Task<long> SeedReportsAsync(string connectionString, DateOnly today)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tasks = new List<(int Task, int Unit)>();
        await using (var read = new NpgsqlCommand("""SELECT t."Id", u."UnitId" FROM "Tasks" t JOIN "TaskUnits" u ON u."TaskItemId" = t."Id" AND u."Role" = 1""", connection))
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tasks.Add((reader.GetInt32(0), reader.GetInt32(1)));
        var weeks = new PeriodCalendar(PeriodKind.Week);
        var periods = new List<Period> { weeks.Containing(today) };
        while (periods.Count < Weeks) periods.Insert(0, weeks.Previous(periods[0]));
        long rows = 0;
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "ProgressReport" ("TaskItemId", "UnitId", "PeriodKey", "PeriodStart", "Status", "Progress", "Completion", "Problems", "NextSteps",
                                   "Coordination", "ReportedBy", "ReportedAt", "Superseded", "CarriedForward", "IsLatest") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (task, unit) in tasks)
                for (var w = 0; w < periods.Count; w++)
                {
                    // Some tasks stop reporting, some fall behind, the rest keep pace.
                    if (task % 17 == 0 && w > Weeks - 4) continue;
                    var last = w == periods.Count - 1 || (task % 17 == 0 && w == Weeks - 4);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(task, NpgsqlDbType.Integer);
                    await copy.WriteAsync(unit, NpgsqlDbType.Integer);
                    await copy.WriteAsync(periods[w].Key, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(periods[w].Start, NpgsqlDbType.Date);
                    await copy.WriteAsync(task % 11 == 0 ? 3 : 2, NpgsqlDbType.Integer);
                    await copy.WriteAsync("按计划推进", NpgsqlDbType.Text);
                    await copy.WriteAsync((decimal)Math.Min(100, (w + 1) * 100 / Weeks - (task % 7 == 0 ? 35 : 0)), NpgsqlDbType.Numeric);
                    await copy.WriteAsync("无", NpgsqlDbType.Text);
                    await copy.WriteAsync("继续推进", NpgsqlDbType.Text);
                    await copy.WriteAsync("无", NpgsqlDbType.Text);
                    await copy.WriteAsync("联络员", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(new DateTimeOffset(periods[w].Start.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(last, NpgsqlDbType.Boolean);
                    rows++;
                }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
        return rows;
    }

    private static async Task<IEnumerable<Figure>> BehindAsync(BenchServer server, string connectionString, DateOnly today, string? leader, string name, string id,
        double targetMs, int iterations, long rows)
    {
        var domainCount = 0;
        async Task Domain(int _) => domainCount = await server.WithScopeAsync(async sp =>
        {
            var supervision = sp.GetRequiredService<TaskSupervision>();
            var plan = (await supervision.PlanAsync(CancellationToken.None))!;
            var tasks = leader is null ? plan.Tasks : [.. plan.Tasks.Where(t => t.LeadLeaders.Any(l => l.Name == leader))];
            return (await supervision.BehindAsync(plan, tasks, CancellationToken.None)).Count;
        });
        var sqlCount = 0;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task Sql(int _) => sqlCount = await BehindSql.CountAsync(connection, leader, today);

        await Stats.TimeEachAsync(3, Domain);
        await Stats.TimeEachAsync(3, Sql);
        var domain = await Stats.TimeEachAsync(iterations, Domain);
        var sql = await Stats.TimeEachAsync(iterations, Sql);
        var agree = domainCount == sqlCount ? "same answer" : $"answers differ: {domainCount} vs {sqlCount} from SQL";
        var (p50, p99) = (Stats.Quantile(domain, 0.5), Stats.Quantile(domain, 0.99));
        return
        [
            new($"{id}.p50", $"{name} p50", p50, "ms", $"≤ {targetMs} ms", p50 <= targetMs, Stats.Quantile(sql, 0.5), "hand-written SQL",
                $"{domainCount} behind; {agree}; {rows} report rows"),
            new($"{id}.p99", $"{name} p99", p99, "ms", "—", null, Stats.Quantile(sql, 0.99), "hand-written SQL"),
        ];
    }
}
