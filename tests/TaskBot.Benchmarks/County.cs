using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;
using TaskBot.Plans;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// One 旗区 of the province: its own database on the shared PostgreSQL cluster, served by a TaskBot of its own (in this
/// process). 100 tasks, each led by one of 100 units and supported by two others, 10 leaders; its people bound, each
/// with the personal conversation a channel gave TaskBot; a year of weekly reports, through last week (Monday
/// morning, before this week's come in).
/// </summary>
public sealed class County : IAsyncDisposable
{
    public const int Tasks = 100, Units = 100, Leaders = 10, Office = 5, Weeks = 52, PoolSize = 15;

    // A report as long as the ones in the seeds' ledgers: what was done, with figures.
    private const string Progress = "本周召开专题调度会1次，督促各责任单位按时间节点推进；已完成年度投资的六成，" +
        "3个子项目开工建设，2个完成招标，1个正在办理用地手续；存在的问题是部分资金尚未到位，下步将加快争取上级资金，确保按期完成。";

    private County(int index, string connectionString, BenchServer server, IReadOnlyList<(string Conversation, int Task)> reporters,
        long reportRows) =>
        (Index, ConnectionString, Server, Reporters, ReportRows) = (index, connectionString, server, reporters, reportRows);

    public int Index { get; }
    public string ConnectionString { get; }
    public BenchServer Server { get; }

    /// <summary>The unit reporters' conversations, unit after unit (the first 100 are one reporter of each unit),
    /// and the task their unit leads.</summary>
    public IReadOnlyList<(string Conversation, int Task)> Reporters { get; }

    public long ReportRows { get; }

    public DateOnly Today => Server.Services.GetRequiredService<LocalClock>().Today;

    /// <param name="people">Bound members: 10 leaders, 5 of the office, the rest the units' reporters, round the units.</param>
    public static async Task<County> CreateAsync(PostgresCluster postgres, int index, int people, string peerUrl)
    {
        // Ten 旗区 at Npgsql's default of 100 connections each would pass the cluster's max_connections (200 here).
        var connectionString =
            new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync(pooling: true)) { MaxPoolSize = PoolSize }.ConnectionString;
        var server = await BenchServer.StartAsync(connectionString, ("Seeds:ImportDemoOnEmptyDatabase", "false"));
        var path = Path.Combine(Path.GetTempPath(), $"taskbot-bench-county-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Document());
        await server.WithScopeAsync(sp => sp.GetRequiredService<PlanFileImporter>().ImportAsync(path, CancellationToken.None));
        File.Delete(path);
        var reporters = await server.WithScopeAsync(sp => BindAsync(sp, connectionString, index, people, peerUrl));
        var today = server.Services.GetRequiredService<LocalClock>().Today;
        var rows = await ReportSeeder.SeedAsync(connectionString, ReportSeeder.WeeksThrough(today.AddDays(-7), Weeks), Progress);
        await server.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(CancellationToken.None);
            return 0;
        });
        return new County(index, connectionString, server, reporters, rows);
    }

    /// <summary>The reporters' conversations <paramref name="skip"/>.. as chats with TaskBot at each of <paramref name="instanceUrls"/>.</summary>
    public List<Conversation> Conversations(HttpClient http, string peerUrl, IReadOnlyList<string> instanceUrls, int skip, int count) =>
        [.. Reporters.Skip(skip).Take(count).Select(r => new Conversation(
            [.. instanceUrls.Select(url => new ChannelChat(http, url, peerUrl, r.Conversation))], [],
            Benchmarks.Reporters.ReportAgain(r.Task)))];  // reported every week before

    private static string Document()
    {
        var text = new StringBuilder("2026年政府工作报告目标任务分解表\n\n\t序号\n\t重点工作任务\n\t责任领导\n\t牵头单位\n\t责任单位\n\n");
        for (var n = 1; n <= Tasks; n++)
            text.Append($"\t{n}\n\t推进第{n}项重点工作，完成年度目标任务，确保项目按期建成见效。\n\t领导{(n - 1) % Leaders + 1}\n" +
                        $"\t试点{n:000}局\n\t试点{n % Units + 1:000}局、试点{(n + 1) % Units + 1:000}局\n\n");
        return text.ToString();
    }

    private static async Task<IReadOnlyList<(string, int)>> BindAsync(IServiceProvider services, string connectionString, int county, int people,
        string peerUrl)
    {
        var db = services.GetRequiredService<TaskBotDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var leaders = await db.Leaders.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        var leads = await LeadTasksAsync(connectionString);
        var units = leads.Keys.Order().ToList();
        var reporters = new List<(string, int)>();
        for (var i = 0; i < people; i++)
        {
            var conversation = $"p{county}-{i}";
            var user = "user-" + conversation; // as ChannelChat says it
            var member = i switch
            {
                < Leaders => new Member(Recipients.ChannelId, user, $"领导{i + 1}", MemberRole.Leader, null, leaders[i], now),
                < Leaders + Office => new Member(Recipients.ChannelId, user, $"督查室{i}", MemberRole.Office, null, null, now),
                _ => new Member(Recipients.ChannelId, user, $"联络员{i}", MemberRole.UnitReporter, units[(i - Leaders - Office) % units.Count],
                    null, now),
            };
            db.Add(member);
            db.ConversationReferences.Add(Recipients.Reference(peerUrl, user, conversation, now));
            if (member.UnitId is { } unit) reporters.Add((conversation, leads[unit]));
        }
        await db.SaveChangesAsync();
        return reporters;
    }

    /// <summary>Unit id → the number of the task it leads.</summary>
    private static async Task<Dictionary<int, int>> LeadTasksAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand(
            """SELECT u."UnitId", t."Number" FROM "Tasks" t JOIN "TaskUnits" u ON u."TaskItemId" = t."Id" AND u."Role" = 1""", connection);
        await using var reader = await read.ExecuteReaderAsync();
        var leads = new Dictionary<int, int>();
        while (await reader.ReadAsync()) leads[reader.GetInt32(0)] = reader.GetInt32(1);
        return leads;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
