using System.Text.Json.Nodes;
using TaskBot.Channels;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Platforms;

/// <summary>People in 钉钉 talk to TaskBot's enterprise robot: signed callbacks in, replies by session webhook or the robot API of a fake 钉钉.</summary>
[Collection(TestCollections.Hosting)]
public abstract class DingTalkChannelTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private DingTalkPlatform _dingTalk = null!;
    private int _msgId;

    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        _dingTalk = new DingTalkPlatform(Peer);
        foreach (var (key, value) in DingTalkPlatform.Settings(Peer)) store.With(key, value);
    }

    [Fact]
    public async Task A_leader_asks_which_tasks_are_behind_and_gets_the_answer_through_the_session_webhook()
    {
        Assert.Contains("绑定成功", Texts(await SayAsync("kangrui", "绑定 " + await InviteAsync(MemberRole.Leader, "康锐"))));

        var answer = await SayAsync("kangrui", "哪些任务滞后");

        Assert.Contains("项任务", Texts(answer));
        Assert.All(_dingTalk.WebhookSent, w => Assert.Equal("s-kangrui", w.Session));
        Assert.Empty(_dingTalk.ApiSent);
    }

    [Fact]
    public async Task A_session_webhook_on_another_host_is_never_called_and_the_reply_goes_through_the_robot_API()
    {
        var message = _dingTalk.Message("wangfang", "帮助", NextId(), Clock.GetUtcNow(), webhook: Peer.Url + "elsewhere/robot/sendBySession?session=x");

        Assert.Equal(200,
            (int)(await Bot.Client.SendAsync(DingTalkPlatform.Callback(message, Clock.GetUtcNow().ToUnixTimeMilliseconds()))).StatusCode);
        await DrainAsync();

        Assert.DoesNotContain(Peer.Calls, c => c.Path.Contains("elsewhere", StringComparison.Ordinal));
        Assert.Empty(_dingTalk.WebhookSent);
        Assert.NotEmpty(_dingTalk.ApiSent);
        Assert.All(_dingTalk.ApiSent, sent => Assert.Equal(("dt-token-1", DingTalkPlatform.RobotCode, "wangfang"),
            (sent.Token, (string)sent.Body["robotCode"]!, (string)sent.Body["userIds"]![0]!)));
    }

    [Fact]
    public async Task A_reply_whose_session_dingtalk_dropped_before_its_expiry_reaches_the_member_through_the_robot_API()
    {
        _dingTalk.SessionsDropped = true;

        await SayAsync("wangfang", "帮助");

        Assert.Empty(_dingTalk.WebhookSent);
        var sent = Assert.Single(_dingTalk.ApiSent, s => (string?)s.Body["msgKey"] == "sampleActionCard4");
        Assert.Equal("wangfang", (string?)sent.Body["userIds"]![0]);
        Assert.Equal("我的任务", (string?)JsonNode.Parse((string)sent.Body["msgParam"]!)!["actionTitle1"]);
    }

    [Fact]
    public async Task A_member_gets_the_weekly_reminder_as_an_action_card_whose_buttons_answer_for_them()
    {
        await SayAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));

        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        var sent = Assert.Single(_dingTalk.ApiSent);
        Assert.Equal("sampleActionCard2", (string?)sent.Body["msgKey"]);
        var card = JsonNode.Parse((string)sent.Body["msgParam"]!)!;
        Assert.StartsWith("**本周调度（第28周，7月7日—7月13日）** 苏里格经济开发区有 2 项任务本期待报送", (string?)card["text"]);
        Assert.Equal(["汇报 7", "汇报 21"], new[] { 1, 2 }.Select(i => (string)card[$"actionTitle{i}"]!));
        Assert.Equal("dtmd://dingtalkclient/sendMessage?content=%E6%B1%87%E6%8A%A5%207", (string?)card["actionURL1"]);
        Assert.Contains("汇报第7项", Texts(await SayAsync("liqiang", "汇报 7")));
        // Each request's body went whole, with its length (token, robot API, session webhook).
        Assert.Empty(_dingTalk.WithoutLength);
    }

    [Fact]
    public async Task A_member_who_wrote_only_in_a_group_gets_the_weekly_reminder_one_to_one_and_the_group_sees_none_of_it()
    {
        var code = await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        Assert.Contains("绑定成功", Texts(await DeliverAsync(_dingTalk.GroupMessage("liqiang", "绑定 " + code, NextId(), Clock.GetUtcNow()))));
        var groupSaw = _dingTalk.WebhookSent.Count;

        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        var sent = Assert.Single(_dingTalk.ApiSent);
        Assert.Equal("liqiang", (string?)sent.Body["userIds"]![0]);
        Assert.Null(sent.Body["openConversationId"]);
        Assert.StartsWith("**本周调度（第28周，7月7日—7月13日）** 苏里格经济开发区有 2 项任务", (string?)JsonNode.Parse((string)sent.Body["msgParam"]!)!["text"]);
        Assert.Equal(groupSaw, _dingTalk.WebhookSent.Count);
    }

    [Fact]
    public async Task Remind_run_without_the_DingTalk_settings_sends_nothing_with_empty_keys_and_leaves_the_reminder_waiting_for_the_server()
    {
        await SayAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        At(2025, 7, 7, 9, 0);
        var withoutDingTalk = Store.Settings.Where(s => !s.Key.StartsWith("DingTalk:", StringComparison.Ordinal)).ToList();

        var dry = await Shell.RunAsync(withoutDingTalk, Clock, "remind", "weekly", "--dry-run");
        var run = await Shell.RunAsync(withoutDingTalk, Clock, "remind", "weekly");

        Assert.Contains("[dingtalk is not set up in these settings: waits for a server that has it]", dry.Output);
        Assert.Contains("1 of them are for a channel not set up in these settings: they wait in the outbox", run.Output);
        Assert.DoesNotContain(Peer.Calls, c => c.Path.Contains("dingtalk", StringComparison.Ordinal));
        var waiting = Assert.Single(await OutboxAsync(), r => r.Kind == "Weekly");
        Assert.Equal((OutboxStatus.Pending, 0), (waiting.Status, waiting.Attempts));  // left untouched, not held for a retry
        await DrainAsync();  // the server, which has the settings, sends it at once
        Assert.Equal("liqiang", (string?)Assert.Single(_dingTalk.ApiSent).Body["userIds"]![0]);
    }

    [Fact]
    public async Task Remind_me_here_said_in_a_group_says_the_reminders_come_one_to_one_not_to_the_group()
    {
        var code = await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await DeliverAsync(_dingTalk.GroupMessage("liqiang", "绑定 " + code, NextId(), Clock.GetUtcNow()));

        var said = Texts(await DeliverAsync(_dingTalk.GroupMessage("liqiang", "提醒发到这里", NextId(), Clock.GetUtcNow())));

        Assert.Contains("单独发给您，不发在群里", said);
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        Assert.Equal("liqiang", (string?)Assert.Single(_dingTalk.ApiSent).Body["userIds"]![0]);
    }

    [Fact]
    public async Task A_report_typed_around_a_picture_reaches_the_dialog_as_its_text()
    {
        await SayAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        var message = _dingTalk.Message("liqiang", "", NextId(), Clock.GetUtcNow());
        message.Remove("text");
        message["msgtype"] = "richText";
        message["content"] = JsonNode.Parse("""
            {"richText":[{"text":"汇报 7"},{"type":"picture","downloadCode":"dc-1","pictureDownloadCode":"pdc-1"}]}
            """);

        Assert.Contains("汇报第7项", Texts(await DeliverAsync(message)));
    }

    [Fact]
    public async Task A_picture_sent_in_the_middle_of_a_report_is_answered_once_with_what_to_send_and_the_report_goes_on()
    {
        await SayAsync("liqiang", "绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        Assert.Contains("汇报第7项", Texts(await SayAsync("liqiang", "汇报 7")));
        var picture = _dingTalk.Message("liqiang", "", NextId(), Clock.GetUtcNow());
        picture.Remove("text");
        (picture["msgtype"], picture["content"]) = ("picture", JsonNode.Parse("""{"downloadCode":"dc-9","pictureDownloadCode":"pdc-9"}"""));

        var answer = Assert.Single(await DeliverAsync(picture));

        Assert.Contains("这里只读取文字消息", Texts([answer]));
        Assert.Equal(0, await ReportCountAsync());
        Assert.DoesNotContain("这里只读取文字消息", Texts(await SayAsync("liqiang", "已完成")));
    }

    [Fact]
    public async Task A_forged_or_old_callback_is_refused_and_nothing_is_kept_and_a_repeated_one_is_answered_once()
    {
        var now = Clock.GetUtcNow();
        var snapshot = await TestApp.SnapshotAsync(Store);
        var message = _dingTalk.Message("zhaolei", "帮助", NextId(), now);

        Assert.Equal(401,
            (int)(await Bot.Client.SendAsync(DingTalkPlatform.Callback(message, now.ToUnixTimeMilliseconds(), "wrong-secret"))).StatusCode);
        Assert.Equal(401,
            (int)(await Bot.Client.SendAsync(DingTalkPlatform.Callback(message, now.AddMinutes(-61).ToUnixTimeMilliseconds()))).StatusCode);
        Assert.Equal(snapshot, await TestApp.SnapshotAsync(Store));

        var once = (await DeliverAsync(message)).Count;
        var again = await DeliverAsync(message);

        Assert.NotEqual(0, once);
        Assert.Empty(again);
    }

    private string NextId() => $"msgRZ{++_msgId:D6}";

    private Task<IReadOnlyList<JsonNode>> SayAsync(string staffId, string text) =>
        DeliverAsync(_dingTalk.Message(staffId, text, NextId(), Clock.GetUtcNow()));

    private async Task<IReadOnlyList<JsonNode>> DeliverAsync(JsonObject message)
    {
        var before = _dingTalk.WebhookSent.Count;
        var response =
            await Bot.Client.SendAsync(DingTalkPlatform.Callback((JsonObject)message.DeepClone(), Clock.GetUtcNow().ToUnixTimeMilliseconds()));
        Assert.Equal(200, (int)response.StatusCode);
        await DrainAsync();
        return [.. _dingTalk.WebhookSent.Skip(before).Select(w => w.Body)];
    }

    private static string Texts(IEnumerable<JsonNode> messages) => string.Join("\n", messages.Select(m =>
        (string?)m["markdown"]?["text"] ?? (string?)m["actionCard"]?["text"]).OfType<string>());
}

public sealed class SqliteDingTalkChannelTests(PostgresServer postgres) : DingTalkChannelTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlDingTalkChannelTests(PostgresServer postgres) : DingTalkChannelTests(postgres, StorageProvider.PostgreSql);
