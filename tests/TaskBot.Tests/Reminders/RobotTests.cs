using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using TaskBot.Data.Outbox;
using TaskBot.Domain.People;
using TaskBot.Words;
using TaskBot.Reminders;
using TaskBot.Reminders.Robots;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Reminders;

/// <summary>Group robots (企业微信, 钉钉, 飞书) posting a unit's reminders to a local receiver, in each platform's format and limits.</summary>
[Collection(TestCollections.Reminders)]
public abstract class RobotTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private const string DingTalkSecret = "SEC0123456789abcdef";
    private const string FeishuSecret = "feishu-signing-secret";
    private readonly ConcurrentQueue<(string Robot, IQueryCollection Query, JsonNode Body, DateTimeOffset At)> _received = new();

    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        // 旗农牧局 owes notices on the 44 tasks it leads or supports: enough to hit a robot's rate limit.
        store.With("Supervision:SupportingUnits", "EveryPeriod");
        Sink(store, 0, "park-wecom", "苏里格经济开发区", "WeCom", "wecom/cgi-bin/webhook/send?key=693a91f6", null);
        Sink(store, 1, "park-dingtalk", "苏里格经济开发区", "DingTalk", "dingtalk/robot/send?access_token=c4f1", DingTalkSecret);
        Sink(store, 2, "park-feishu", "苏里格经济开发区", "Feishu", "feishu/open-apis/bot/v2/hook/5e7a", FeishuSecret);
        Sink(store, 3, "farming-dingtalk", "旗农牧局", "DingTalk", "dingtalk/robot/send?access_token=77aa", DingTalkSecret);
        Sink(store, 4, "forestry-wecom", "旗林草局", "WeCom", "wecom/cgi-bin/webhook/send?key=refuses", null);
    }

    [Fact]
    public async Task Each_robot_gets_the_weekly_reminder_in_its_own_format_and_signed()
    {
        Receive("/wecom/cgi-bin/webhook/send", "WeCom", """{"errcode":0,"errmsg":"ok"}""");
        Receive("/dingtalk/robot/send", "DingTalk", """{"errcode":0,"errmsg":"ok"}""");
        Receive("/feishu/open-apis/bot/v2/hook/5e7a", "Feishu", """{"code":0,"msg":"success","data":{}}""");
        At(2025, 7, 7, 9, 0);

        await RunAsync(ReminderJob.Weekly);

        var wecom = Single("WeCom", "693a91f6");
        Assert.Equal("markdown", (string?)wecom.Body["msgtype"]);
        var content = (string)wecom.Body["markdown"]!["content"]!;
        Assert.StartsWith("**本周调度（第28周，7月7日—7月13日）** 苏里格经济开发区有 2 项任务本期待报送", content);
        Assert.Contains("- #7 深入推进园区基础设施建设三年提升行动（时限 2025-12-31）", content);

        var dingTalk = Single("DingTalk", "c4f1");
        Assert.Equal("markdown", (string?)dingTalk.Body["msgtype"]);
        Assert.Equal("本周调度（第28周，7月7日—7月13日） 苏里格经济开发区", (string?)dingTalk.Body["markdown"]!["title"]);
        Assert.Equal(content, (string?)dingTalk.Body["markdown"]!["text"]);
        var timestamp = long.Parse(dingTalk.Query["timestamp"]!);
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), timestamp);
        // 钉钉: Base64(HMAC-SHA256(key: secret, message: timestamp + "\n" + secret)), URL-encoded by the sender, decoded here.
        Assert.Equal(Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(DingTalkSecret))
                .ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}\n{DingTalkSecret}"))),
            dingTalk.Query["sign"]);

        var feishu = Single("Feishu", null);
        Assert.Equal("text", (string?)feishu.Body["msg_type"]);
        Assert.StartsWith("本周调度（第28周，7月7日—7月13日） 苏里格经济开发区有 2 项任务本期待报送", (string?)feishu.Body["content"]!["text"]);
        var seconds = long.Parse((string)feishu.Body["timestamp"]!);
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeSeconds(), seconds);
        // 飞书: Base64(HMAC-SHA256(key: timestamp + "\n" + secret, message: empty)).
        Assert.Equal(Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes($"{seconds}\n{FeishuSecret}")).ComputeHash([])),
            (string?)feishu.Body["sign"]);

        var outbox = await OutboxAsync();
        Assert.NotEmpty(outbox);
        Assert.All(outbox, r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task A_DingTalk_robot_gets_no_more_than_twenty_messages_a_minute_and_the_rest_follow()
    {
        Receive("/dingtalk/robot/send", "DingTalk", """{"errcode":0,"errmsg":"ok"}""");
        At(2025, 12, 1, 9, 0); // 30 days before the deadline of the 44 tasks 旗农牧局 owes reports on

        await RunAsync(ReminderJob.Deadlines);
        Assert.Equal(20, Count("77aa"));
        var waiting = (await OutboxAsync()).Where(r => r.Destination == "robot:farming-dingtalk" && r.Status == OutboxStatus.Pending).ToList();
        Assert.Equal(24, waiting.Count);
        Assert.All(waiting, r => Assert.Equal(0, r.Attempts)); // waiting for the limit is not a failed attempt

        Clock.Advance(TimeSpan.FromSeconds(59));
        await DrainAsync();
        Assert.Equal(20, Count("77aa"));
        Clock.Advance(TimeSpan.FromSeconds(1));
        await DrainAsync();
        Assert.Equal(40, Count("77aa"));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync();

        Assert.Equal(44, Count("77aa"));
        Assert.Equal(44,
            _received.Where(r => r.Query["access_token"] == "77aa").Select(r => (string)r.Body["markdown"]!["text"]!).Distinct().Count());
    }

    [Fact]
    public async Task A_robot_that_refuses_the_message_is_not_retried_and_the_office_is_told()
    {
        Receive("/wecom/cgi-bin/webhook/send", "WeCom", """{"errcode":93000,"errmsg":"invalid webhook url"}""");
        var office = await BoundChatAsync(MemberRole.Office);
        At(2025, 7, 7, 9, 0);

        await RunAsync(ReminderJob.Weekly);

        var refused = Assert.Single(await OutboxAsync(), r => r.Destination == "robot:forestry-wecom");
        Assert.Equal((OutboxStatus.Failed, 1), (refused.Status, refused.Attempts));
        Assert.Contains("93000", refused.LastError);
        Assert.Contains(Proactive(office), a =>
            a.Text!.Contains("「每周调度」未能送达", StringComparison.Ordinal) && a.Text.Contains("旗林草局", StringComparison.Ordinal));
    }

    [Fact]
    public async Task People_s_text_reaches_each_robot_as_text_in_the_form_its_platform_shows()
    {
        var message = "**第11项** 单位反映：" + Markdown.Literal("[点我](http://evil.example) <at>康锐</at> a_b =SUM(A1:A9)");
        var sink = new RobotSink { Name = "x", Unit = "x", Url = Peer.Url + "hook" };
        var now = Clock.GetUtcNow();

        async Task<JsonNode> BodyAsync(GroupRobot robot) =>
            JsonNode.Parse(await robot.Request(sink, message, now).Content!.ReadAsStringAsync())!;

        // 企业微信 and 钉钉 Markdown know no backslash escapes: the characters come as their full-width forms.
        Assert.Equal("**第11项** 单位反映：［点我］(http://evil.example) ＜at＞康锐＜/at＞ a＿b =SUM(A1:A9)",
            (string?)(await BodyAsync(new WeComRobot()))["markdown"]!["content"]);
        Assert.Equal("**第11项** 单位反映：［点我］(http://evil.example) ＜at＞康锐＜/at＞ a＿b =SUM(A1:A9)",
            (string?)(await BodyAsync(new DingTalkRobot()))["markdown"]!["text"]);
        // 飞书 gets plain text: exactly what was typed.
        Assert.Equal("第11项 单位反映：[点我](http://evil.example) <at>康锐</at> a_b =SUM(A1:A9)",
            (string?)(await BodyAsync(new FeishuRobot()))["content"]!["text"]);
    }

    private void Sink(TestStore store, int index, string name, string unit, string kind, string path, string? secret)
    {
        store.With($"Robots:Sinks:{index}:Name", name).With($"Robots:Sinks:{index}:Unit", unit).With($"Robots:Sinks:{index}:Kind", kind)
            .With($"Robots:Sinks:{index}:Url", Peer.Url + path).With($"Robots:Sinks:{index}:Secret", secret);
    }

    private void Receive(string path, string robot, string answer) => Peer.Serve(path, async http =>
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        _received.Enqueue((robot, http.Request.Query, body!, Clock.GetUtcNow()));
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer);
    });

    private (IQueryCollection Query, JsonNode Body) Single(string robot, string? token)
    {
        var call = Assert.Single(_received, r => r.Robot == robot && (token is null || r.Query.Any(q => q.Value == token)));
        return (call.Query, call.Body);
    }

    private int Count(string token) => _received.Count(r => r.Query["access_token"] == token);
}

public sealed class SqliteRobotTests(PostgresServer postgres) : RobotTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlRobotTests(PostgresServer postgres) : RobotTests(postgres, StorageProvider.PostgreSql);
