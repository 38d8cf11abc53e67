using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Two people of one unit confirming fifty reports on one task at the same moment, each confirmation delivered twice.</summary>
[Collection(TestCollections.Reporting)]
public abstract class ConcurrentReportTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task Fifty_simultaneous_confirmations_each_delivered_twice_store_one_report_each_and_exactly_one_is_the_tasks()
    {
        var chats = new List<Chat>();
        foreach (var person in new[] { "reporter-a", "reporter-b" })
        {
            var first = new Chat(() => Bot.Client, Peer, $"{person}-0", userId: person);
            Assert.NotEmpty(await first.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区")));
            chats.Add(first);
            chats.AddRange(Enumerable.Range(1, 24).Select(i => new Chat(() => Bot.Client, Peer, $"{person}-{i}", userId: person)));
        }
        await Task.WhenAll(chats.Select(async chat =>
        {
            foreach (var answer in new[] { "汇报 7", "正常推进", "完成土地平整2.3万亩", "50%", "无", "加快推进", "无" }) await chat.SayAsync(answer);
        }));

        // Each confirmation is delivered twice at the same moment, as a channel's retry can race its original.
        var confirmations = await Task.WhenAll(chats.Select(async chat =>
        {
            var yes = chat.Message("是");
            await Task.WhenAll(chat.SendAsync(yes), chat.SendAsync(yes));
            return Peer.RepliesTo(yes.Id!).Select(c => c.Activity!).ToList();
        }));

        Assert.All(confirmations, replies => Assert.Single(replies, r => r.Text!.Contains("已提交第7项本期（第27周，6月30日—7月6日）进展", StringComparison.Ordinal)));
        var reports = await Bot.WithScopeAsync(sp =>
        {
            var task = sp.Db().Tasks.Single(t => t.Number == 7).Id;
            return sp.Db().Set<ProgressReport>().Where(r => r.TaskItemId == task).ToListAsync();
        });
        Assert.Equal(50, reports.Count);
        Assert.Single(reports, r => !r.Superseded);
        Assert.Single(reports, r => r.IsLatest);
        Assert.Equal(reports.Single(r => r.IsLatest).Id, reports.Single(r => !r.Superseded).Id);
    }
}

public sealed class SqliteConcurrentReportTests(PostgresServer postgres) : ConcurrentReportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlConcurrentReportTests(PostgresServer postgres) : ConcurrentReportTests(postgres, StorageProvider.PostgreSql);
