using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Platforms;

/// <summary>A member in 企业微信 talks to TaskBot through a self-built app: callbacks in, app messages out through a fake 企业微信.</summary>
[Collection(TestCollections.Hosting)]
public abstract class WeComChannelTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private const string Member = "ZhangWei";
    private WeComPlatform _wecom = null!;
    private long _msgId = 7_123_456_789_000;

    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        _wecom = new WeComPlatform(Peer);
        foreach (var (key, value) in WeComPlatform.Settings(Peer)) store.With(key, value);
    }

    [Fact]
    public async Task The_platform_s_URL_check_gets_the_decrypted_echo_string()
    {
        var echo = WeComPlatform.Encrypt("3284719283749823", WeComPlatform.CorpId);
        var timestamp = Clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        var signature = WeComPlatform.Sign(WeComPlatform.Token, timestamp, "5377", echo);

        var response =
            await Bot.Client.GetAsync($"/api/wecom?msg_signature={signature}&timestamp={timestamp}&nonce=5377&echostr={Uri.EscapeDataString(echo)}");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("3284719283749823", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_binds_gets_the_weekly_reminder_as_a_card_and_reports_through_its_button()
    {
        var bound = await SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        Assert.Contains("绑定成功", Markdown(bound));

        At(2025, 7, 7, 9, 0);
        var before = _wecom.Sent.Count;
        await RunAsync(ReminderJob.Weekly);
        var reminder = _wecom.Sent.Skip(before).Select(s => s.Body).ToList();
        Assert.Contains("**本周调度（第28周，7月7日—7月13日）** 苏里格经济开发区有 2 项任务本期待报送", Markdown(reminder));
        var card = Assert.Single(reminder, m => (string?)m["msgtype"] == "template_card")["template_card"]!;
        Assert.Equal("button_interaction", (string?)card["card_type"]);
        Assert.Equal(["汇报 7", "汇报 21"], card["button_list"]!.AsArray().Select(b => (string)b!["key"]!));
        Assert.All(reminder, m => Assert.Equal(WeComPlatform.AgentId, (int)m!["agentid"]!));

        var asked = await ClickAsync("汇报 7", (string)card["task_id"]!);
        Assert.Contains("汇报第7项", Markdown(asked));
        IReadOnlyList<JsonNode> last = [];
        foreach (var answer in new[] { "已完成", "园区道路改造全部完工", "无", "做好运维管护", "无", "是" }) last = await SayAsync(answer);

        Assert.Contains("已提交第7项本期（第28周，7月7日—7月13日）进展", Markdown(last));
        Assert.Equal(1, await ReportCountAsync());
        Assert.Empty(_wecom.WithoutLength);
    }

    [Fact]
    public async Task A_person_bound_on_two_channels_gets_each_reminder_once_where_they_last_wrote_or_chose()
    {
        var teams = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var code = Regex.Match((await teams.SayAsync("绑定其他渠道")).Texts(), @"\*\*([A-Z0-9]{8})\*\*").Groups[1].Value;
        Assert.Contains("绑定成功", Markdown(await SayAsync("绑定 " + code)));

        At(2025, 7, 7, 9, 0);
        var before = _wecom.Sent.Count;
        await RunAsync(ReminderJob.Weekly);
        Assert.Contains("本周调度（第28周，7月7日—7月13日）", Markdown(_wecom.Sent.Skip(before).Select(s => s.Body)));
        Assert.Empty(Proactive(teams));

        At(2025, 7, 8, 9, 0);
        Assert.Contains("今后的提醒都发到这里", (await teams.SayAsync("提醒发到这里")).Texts());
        At(2025, 7, 9, 9, 0);
        await SayAsync("帮助");
        At(2025, 7, 14, 9, 0);
        before = _wecom.Sent.Count;
        await RunAsync(ReminderJob.Weekly);

        Assert.Contains("本周调度（第29周，7月14日—7月20日）", Assert.Single(Proactive(teams)).Text);
        Assert.Empty(_wecom.Sent.Skip(before));
    }

    [Fact]
    public async Task A_picture_or_voice_is_answered_once_that_only_text_is_read_and_nothing_is_reported()
    {
        await SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        var now = Clock.GetUtcNow().ToUnixTimeSeconds();

        var picture = await DeliverAsync(WeComPlatform.MediaMessage(Member, "image", ++_msgId, now));
        var voice = await DeliverAsync(WeComPlatform.MediaMessage(Member, "voice", ++_msgId, now));

        Assert.Contains("这里只读取文字消息", Markdown([Assert.Single(picture)]));
        Assert.Contains("这里只读取文字消息", Markdown([Assert.Single(voice)]));
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task A_short_question_with_buttons_is_one_card_that_carries_its_text()
    {
        await SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));

        var asked = Assert.Single(await SayAsync("汇报 7"));

        Assert.Equal("template_card", (string?)asked["msgtype"]);
        Assert.Equal("汇报第7项「深入推进园区基础设施建设三年提升行动」。本期进展状态是？", (string?)asked["template_card"]!["main_title"]!["title"]);
        Assert.Contains("已完成", asked["template_card"]!["button_list"]!.AsArray().Select(b => (string)b!["key"]!));
    }

    [Fact]
    public async Task A_reminder_whose_buttons_fail_once_reaches_the_member_once_with_its_buttons_after_the_retry()
    {
        await SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        At(2025, 7, 7, 9, 0);
        var before = _wecom.Sent.Count;
        _wecom.CardsToRefuse = 1;

        await RunAsync(ReminderJob.Weekly);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync();

        var reminder = _wecom.Sent.Skip(before).Select(s => s.Body).ToList();
        Assert.Single(reminder, m => ((string?)m["markdown"]?["content"])?.Contains("本周调度（第28周") == true);
        Assert.Single(reminder, m => (string?)m["msgtype"] == "template_card");
    }

    [Fact]
    public async Task A_person_s_name_stays_when_they_last_wrote_in_WeCom_which_gives_only_an_id()
    {
        var web = NewChat();
        var bind = web.Message("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        bind.From!.Name = "王芳";
        await web.SendAsync(bind);
        var code = Regex.Match((await web.SayAsync("绑定其他渠道")).Texts(), @"\*\*([A-Z0-9]{8})\*\*").Groups[1].Value;
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains("绑定成功", Markdown(await SayAsync("绑定 " + code)));
        var office = await BoundChatAsync(MemberRole.Office);

        var people = (await office.SayAsync("人员 苏里格经济开发区")).Texts();

        Assert.Contains("王芳", people);
        Assert.DoesNotContain(Member, people);
    }

    [Fact]
    public async Task A_message_delivered_twice_is_answered_once()
    {
        var xml = WeComPlatform.TextMessage(Member, "帮助", ++_msgId, Clock.GetUtcNow().ToUnixTimeSeconds());

        Assert.Equal(200, (int)(await PostAsync(xml)).StatusCode);
        await DrainAsync();
        var once = _wecom.SentTo(Member).Count;
        Assert.Equal(200, (int)(await PostAsync(xml)).StatusCode);
        await DrainAsync();

        Assert.NotEqual(0, once);
        Assert.Equal(once, _wecom.SentTo(Member).Count);
    }

    [Fact]
    public async Task An_expired_access_token_is_fetched_again_and_the_reply_still_goes_out()
    {
        var first = (await SayAsync("帮助")).Count;
        Assert.Equal(1, _wecom.TokenRequests);
        _wecom.ExpiredTokens.Add("token-1");

        var replies = await SayAsync("帮助");

        Assert.NotEmpty(replies);
        Assert.Equal(2, _wecom.TokenRequests);
        Assert.All(_wecom.Sent.Skip(first), s => Assert.Equal("token-2", s.Token));
    }

    [Fact]
    public async Task Callbacks_that_are_forged_old_or_for_another_organisation_are_refused_and_nothing_is_kept()
    {
        var now = Clock.GetUtcNow().ToUnixTimeSeconds();
        var snapshot = await TestApp.SnapshotAsync(Store);

        Assert.Equal(401, await StatusAsync(WeComPlatform.Callback(Text(now), now, token: "not-our-token")));
        Assert.Equal(401, await StatusAsync(WeComPlatform.Callback(Text(now), now - 301)));
        Assert.Equal(403, await StatusAsync(WeComPlatform.Callback(Text(now), now, receiver: "wwforeign0000000001")));
        Assert.Equal(403, await StatusAsync(WeComPlatform.Callback(WeComPlatform.TextMessage(Member, "帮助", ++_msgId, now, agentId: 1000099), now)));
        var (query, body) = WeComPlatform.Callback(Text(now), now);
        Assert.Equal(401, await StatusAsync((query.Replace("msg_signature=", "msg_signature=0"), body)));
        await DrainAsync();

        Assert.Empty(_wecom.Sent);
        Assert.Equal(snapshot, await TestApp.SnapshotAsync(Store));
    }

    private string Text(long now) => WeComPlatform.TextMessage(Member, "帮助", ++_msgId, now);

    private async Task<int> StatusAsync((string Query, string Body) callback) =>
        (int)(await Bot.Client.PostAsync("/api/wecom" + callback.Query, new StringContent(callback.Body, Encoding.UTF8, "text/xml"))).StatusCode;

    private Task<HttpResponseMessage> PostAsync(string xml) => WeComPlatform.DeliverAsync(Bot.Client, xml, Clock.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>The member writes; the callback is answered at once and the replies follow through message/send.</summary>
    private Task<IReadOnlyList<JsonNode>> SayAsync(string text) =>
        DeliverAsync(WeComPlatform.TextMessage(Member, text, ++_msgId, Clock.GetUtcNow().ToUnixTimeSeconds()));

    private Task<IReadOnlyList<JsonNode>> ClickAsync(string key, string taskId) =>
        DeliverAsync(WeComPlatform.ButtonClick(Member, key, taskId, Clock.GetUtcNow().ToUnixTimeSeconds()));

    private async Task<IReadOnlyList<JsonNode>> DeliverAsync(string xml)
    {
        var before = _wecom.Sent.Count;
        var response = await PostAsync(xml);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await DrainAsync();
        return [.. _wecom.Sent.Skip(before).Select(s => s.Body)];
    }

    /// <summary>What the member read: each markdown, and the text a card carries (its title and the lines under it).</summary>
    private static string Markdown(IEnumerable<JsonNode> messages) => string.Join("\n", messages.Select(m =>
        (string?)m["markdown"]?["content"] ?? $"{m["template_card"]?["main_title"]?["title"]}\n{m["template_card"]?["sub_title_text"]}"));
}

public sealed class SqliteWeComChannelTests(PostgresServer postgres) : WeComChannelTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlWeComChannelTests(PostgresServer postgres) : WeComChannelTests(postgres, StorageProvider.PostgreSql);
