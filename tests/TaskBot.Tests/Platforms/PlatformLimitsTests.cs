using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Platforms;

/// <summary>
/// 企业微信 and 钉钉 side by side, each a fake on the loopback peer: their sending limits (kept in the database), where a
/// person bound on both gets reminders, and replies through a 钉钉 session webhook from another server process.
/// </summary>
[Collection(TestCollections.Hosting)]
public abstract partial class PlatformLimitsTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private const string Member = "ZhangWei";
    private WeComPlatform _wecom = null!;
    private DingTalkPlatform _dingTalk = null!;
    private long _msgId = 8_100_000_000_000;
    private int _dingTalkId;

    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        // 旗农牧局 owes a deadline notice on each of the 44 tasks it leads or supports: more than a minute's limit.
        store.With("Supervision:SupportingUnits", "EveryPeriod");
        _wecom = new WeComPlatform(Peer, Clock);
        _dingTalk = new DingTalkPlatform(Peer);
        foreach (var (key, value) in WeComPlatform.Settings(Peer).Concat(DingTalkPlatform.Settings(Peer))) store.With(key, value);
    }

    [Fact]
    public async Task Messages_over_a_members_per_minute_limit_wait_in_the_outbox_and_none_is_lost()
    {
        At(2025, 11, 30, 9, 0);
        await WeComSaysAsync(Member, "绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));
        At(2025, 12, 1, 9, 0); // 30 days before the deadline of the 44 tasks
        var before = _wecom.Sent.Count;

        await RunAsync(ReminderJob.Deadlines);
        Assert.Equal(30, _wecom.Sent.Count - before);
        var waiting = (await OutboxAsync()).Where(r => r.Status == OutboxStatus.Pending).ToList();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, r => Assert.Equal(0, r.Attempts)); // waiting for the limit is not a failed attempt
        Clock.Advance(TimeSpan.FromSeconds(59));
        await DrainAsync();
        Assert.Equal(30, _wecom.Sent.Count - before);
        Clock.Advance(TimeSpan.FromSeconds(1));
        for (var minutes = 0; (await OutboxAsync()).Any(r => r.Status == OutboxStatus.Pending); minutes++)
        {
            Assert.True(minutes < 10, "the notices should all be out within ten minutes");
            await DrainAsync();
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var sent = _wecom.Sent.Skip(before).ToList();
        Assert.All(sent, s => Assert.True(sent.Count(o => o.At <= s.At && o.At > s.At - TimeSpan.FromMinutes(1)) <= 30));
        var notices = sent.Select(s => (string?)s.Body["markdown"]?["content"]).OfType<string>().Where(t => t.Contains("完成时限提醒")).ToList();
        Assert.Equal(44, notices.Count);
        Assert.Equal(44, notices.Distinct().Count());
    }

    [Fact]
    public async Task When_the_day_s_quota_runs_out_the_office_is_told_once_on_another_channel_and_the_rest_wait_for_the_next_day()
    {
        Store.With("WeCom:DailyQuota", "10");
        await RestartAsync();
        At(2025, 11, 30, 9, 0);
        // The office's liaison is bound in both apps and last wrote in 企业微信.
        await WeComSaysAsync("LiuOffice", "绑定 " + await InviteAsync(MemberRole.Office));
        await DingTalkSaysAsync("liuoffice", "绑定 " + CodeIn(await WeComSaysAsync("LiuOffice", "绑定其他渠道")));
        await WeComSaysAsync("LiuOffice", "帮助");
        await WeComSaysAsync(Member, "绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));
        At(2025, 12, 1, 9, 0);
        var before = _wecom.Sent.Count;

        await RunAsync(ReminderJob.Deadlines);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await DrainAsync();
        Assert.Equal(10, _wecom.Sent.Count - before);
        Assert.Single(QuotaNotices());
        Assert.Equal("liuoffice", (string?)QuotaNotices()[0]["userIds"]![0]);

        // The day's count is in the database: a restarted server sends no more today, and tells the office nothing new.
        await RestartAsync();
        At(2025, 12, 1, 18, 0);
        await DrainAsync();
        Assert.Equal(10, _wecom.Sent.Count - before);
        Assert.Single(QuotaNotices());

        At(2025, 12, 2, 0, 1);
        await DrainAsync();
        Assert.Equal(20, _wecom.Sent.Count - before);
        Assert.Equal(2, QuotaNotices().Count);
        Assert.DoesNotContain("消息额度已用完", Markdown(_wecom.Sent.Select(s => s.Body)));
    }

    [Fact]
    public async Task The_weekly_reminder_reaches_members_in_each_app_and_a_person_in_both_once_where_they_last_wrote_or_chose()
    {
        At(2025, 7, 4, 9, 0);
        await WeComSaysAsync(Member, "绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        await DingTalkSaysAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗能源局"));
        await WeComSaysAsync("WangFang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗发改委"));
        await DingTalkSaysAsync("wangfang", "绑定 " + CodeIn(await WeComSaysAsync("WangFang", "绑定其他渠道")));

        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        Assert.Contains("苏里格经济开发区有 2 项任务本期待报送", Markdown(_wecom.SentTo(Member)));
        Assert.Contains("本周调度（第28周", DingTalkTextTo("liqiang"));
        Assert.Contains("本周调度（第28周", DingTalkTextTo("wangfang"));
        Assert.Single(_dingTalk.ApiSent, s => (string?)s.Body["userIds"]![0] == "wangfang");
        Assert.DoesNotContain("本周调度", Markdown(_wecom.SentTo("WangFang")));

        At(2025, 7, 8, 9, 0);
        Assert.Contains("今后的提醒都发到这里", Markdown(await WeComSaysAsync("WangFang", "提醒发到这里")));
        At(2025, 7, 9, 9, 0);
        await DingTalkSaysAsync("wangfang", "帮助");
        At(2025, 7, 14, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        Assert.Contains("本周调度（第29周", Markdown(_wecom.SentTo("WangFang")));
        Assert.DoesNotContain("第29周", DingTalkTextTo("wangfang"));
    }

    [Fact]
    public async Task A_message_DingTalk_holds_back_by_its_flow_control_goes_out_a_minute_later()
    {
        At(2025, 7, 4, 9, 0);
        await DingTalkSaysAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗能源局"));
        _dingTalk.FlowControlled.Add("liqiang");
        At(2025, 7, 7, 9, 0);

        await RunAsync(ReminderJob.Weekly);
        Assert.DoesNotContain("本周调度", DingTalkTextTo("liqiang"));
        _dingTalk.FlowControlled.Clear();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync();

        Assert.Single(_dingTalk.ApiSent, s => DingTalkText(s.Body).Contains("本周调度（第28周", StringComparison.Ordinal));
        Assert.All(await OutboxAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task DingTalk_s_month_of_API_calls_used_up_is_told_to_the_office_with_the_day_they_come_back_and_the_message_is_tried_tomorrow()
    {
        await WeeklyReminderWhileTheApiCallsAreUsedUpAsync();

        var notice = Markdown(_wecom.SentTo("LiuOffice"));
        Assert.Contains("消息额度已用完** 钉钉本组织本月的接口调用次数已达上限", notice);
        Assert.Contains("2025-08-01额度恢复后发出", notice);
        Assert.DoesNotContain("明天", notice);
        Assert.Single(_wecom.SentTo("LiuOffice"), m => ((string?)m["markdown"]?["content"])?.Contains("消息额度已用完") == true);
        Assert.Empty(_dingTalk.ApiSent);
        _dingTalk.ApiCallsUsedUp = false;
        At(2025, 7, 8, 0, 1);
        await DrainAsync();

        Assert.Contains("本周调度（第28周", DingTalkTextTo("liqiang"));
    }

    [Fact]
    public async Task A_member_who_writes_while_the_API_calls_are_used_up_gets_what_waited_and_the_answer_through_the_session()
    {
        await WeeklyReminderWhileTheApiCallsAreUsedUpAsync();
        var before = _dingTalk.WebhookSent.Count;

        await DingTalkSaysAsync("liqiang", "帮助");

        var sent = _dingTalk.WebhookSent.Skip(before).ToList();
        Assert.All(sent, s => Assert.Equal("s-liqiang", s.Session));
        Assert.Contains("本周调度（第28周", WebhookText(sent[0].Body));
        Assert.Contains("我是 TaskBot", string.Join("\n", sent.Skip(1).Select(s => WebhookText(s.Body))));
        Assert.Empty(_dingTalk.ApiSent);
        Assert.All(await OutboxAsync(), r => Assert.NotEqual(OutboxStatus.Pending, r.Status));
    }

    [Fact]
    public async Task A_reply_queued_before_a_restart_still_goes_through_the_conversation_s_session_webhook()
    {
        var message = _dingTalk.Message("zhaolei", "帮助", "msgRestart01", Clock.GetUtcNow());
        Assert.Equal(200,
            (int)(await Bot.Client.SendAsync(DingTalkPlatform.Callback(message, Clock.GetUtcNow().ToUnixTimeMilliseconds()))).StatusCode);

        await RestartAsync();
        await DrainAsync();

        Assert.NotEmpty(_dingTalk.WebhookSent);
        Assert.All(_dingTalk.WebhookSent, w => Assert.Equal("s-zhaolei", w.Session));
        Assert.Empty(_dingTalk.ApiSent);
    }

    // The office on 企业微信, 旗能源局's liqiang on 钉钉; the weekly reminder sent while 钉钉's API calls are used up.
    private async Task WeeklyReminderWhileTheApiCallsAreUsedUpAsync()
    {
        At(2025, 7, 4, 9, 0);
        await WeComSaysAsync("LiuOffice", "绑定 " + await InviteAsync(MemberRole.Office));
        await DingTalkSaysAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗能源局"));
        _dingTalk.ApiCallsUsedUp = true;
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        At(2025, 7, 7, 15, 0);
        await DrainAsync();
    }

    private async Task<IReadOnlyList<JsonNode>> WeComSaysAsync(string user, string text)
    {
        var before = _wecom.Sent.Count;
        var now = Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(200, (int)(await WeComPlatform.DeliverAsync(Bot.Client, WeComPlatform.TextMessage(user, text, ++_msgId, now), now)).StatusCode);
        await DrainAsync();
        return [.. _wecom.Sent.Skip(before).Select(s => s.Body)];
    }

    private async Task DingTalkSaysAsync(string staffId, string text)
    {
        var message = _dingTalk.Message(staffId, text, $"msgQ{++_dingTalkId:D6}", Clock.GetUtcNow());
        Assert.Equal(200,
            (int)(await Bot.Client.SendAsync(DingTalkPlatform.Callback(message, Clock.GetUtcNow().ToUnixTimeMilliseconds()))).StatusCode);
        await DrainAsync();
    }

    private static string WebhookText(JsonNode body) => (string?)(body["markdown"] ?? body["actionCard"])?["text"] ?? "";

    private List<JsonNode> QuotaNotices() =>
        [.. _dingTalk.ApiSent.Select(s => s.Body).Where(b => DingTalkText(b).Contains("消息额度已用完", StringComparison.Ordinal))];

    private string DingTalkTextTo(string staffId) =>
        string.Join("\n", _dingTalk.ApiSent.Select(s => s.Body).Where(b => (string?)b["userIds"]![0] == staffId).Select(DingTalkText));

    private static string DingTalkText(JsonNode body) => (string?)JsonNode.Parse((string)body["msgParam"]!)!["text"] ?? "";

    private static string Markdown(IEnumerable<JsonNode> messages) =>
        string.Join("\n", messages.Select(m => (string?)m["markdown"]?["content"]).OfType<string>());

    private static string CodeIn(IEnumerable<JsonNode> messages) => BindingCode().Match(Markdown(messages)).Groups[1].Value;

    [GeneratedRegex(@"\*\*([A-Z0-9]{8})\*\*")]
    private static partial Regex BindingCode();
}

public sealed class SqlitePlatformLimitsTests(PostgresServer postgres) : PlatformLimitsTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlPlatformLimitsTests(PostgresServer postgres) : PlatformLimitsTests(postgres, StorageProvider.PostgreSql);
