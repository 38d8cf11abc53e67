using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data.Outbox;
using TaskBot.Domain.People;
using TaskBot.Domain.Tests;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Reminders;

/// <summary>Each reminder at its China time, once, to the right people, in the plan of 2025 (seed 000).</summary>
[Collection(TestCollections.Reminders)]
public abstract class ReminderTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task The_weekly_reminder_offers_all_unchanged_only_when_an_earlier_report_can_be_carried()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await RunAsync(ReminderJob.Weekly, now: true);
        Assert.DoesNotContain("全部无变化", new[] { Assert.Single(Proactive(park)) }.Buttons());

        await park.SayAsync("汇报 7：正常推进，完成管网30公里，完成情况：40%，问题：无，下步：继续推进，协调：无");
        await park.SayAsync("是");
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        Assert.Equal(["汇报 7", "汇报 21", "全部无变化"], new[] { Proactive(park)[^1] }.Buttons());
    }

    [Fact]
    public async Task The_weekly_reminder_reaches_each_bound_person_of_the_unit_once_from_nine_on_Monday()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var colleague = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");

        At(2025, 7, 7, 8, 59);
        await RunAsync(ReminderJob.Weekly);
        Assert.Empty(Proactive(park));

        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        At(2025, 7, 8, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        await RunAsync(ReminderJob.Weekly, now: true);

        var reminder = Assert.Single(Proactive(park));
        Assert.Single(Proactive(colleague));
        Assert.Contains("**本周调度（第28周，7月7日—7月13日）** 苏里格经济开发区有 2 项任务本期待报送", reminder.Text);
        Assert.Contains("- #7 深入推进园区基础设施建设三年提升行动（时限 2025-12-31）", reminder.Text);
        Assert.Contains("- #21 ", reminder.Text);
        Assert.Equal(["汇报 7", "汇报 21"], new[] { reminder }.Buttons());
        Assert.Contains("汇报第7项", (await park.SayAsync("汇报 7")).Texts());
    }

    [Fact]
    public async Task A_holiday_moves_the_weekly_reminder_to_the_next_working_day()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");

        At(2025, 10, 6, 9, 0); // National Day holiday, Monday to Wednesday
        await RunAsync(ReminderJob.Weekly);
        At(2025, 10, 8, 23, 0);
        await RunAsync(ReminderJob.Weekly);
        Assert.Empty(Proactive(park));

        At(2025, 10, 9, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        Assert.Contains("本周调度（第41周，10月6日—10月12日）", Assert.Single(Proactive(park)).Text);
    }

    [Fact]
    public async Task A_weekly_reminder_missed_while_the_server_was_down_is_sent_once_on_return()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");

        // Down from Sunday to Tuesday 10:30: the scheduler's catch-up run and a second run that same morning.
        At(2025, 7, 8, 10, 30);
        await RunAsync(ReminderJob.Weekly);
        await RunAsync(ReminderJob.Weekly);

        Assert.Contains("本周调度（第28周，7月7日—7月13日）", Assert.Single(Proactive(park)).Text);
    }

    [Fact]
    public async Task A_unit_that_has_not_reported_is_nudged_once_and_then_its_leader_is_told()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        await ReportAsync(park, 7, "正常推进", "50%");
        await ReportAsync(park, 21, "正常推进", "50%");

        At(2025, 7, 9, 17, 59);
        await RunAsync(ReminderJob.Escalation);
        Assert.Single(Proactive(farming)); // the weekly reminder only

        At(2025, 7, 9, 18, 0);
        await RunAsync(ReminderJob.Escalation);
        At(2025, 7, 9, 20, 0);
        await RunAsync(ReminderJob.Escalation);
        var nudge = Proactive(farming)[1];
        Assert.Contains("**催报（第28周，7月7日—7月13日）** 旗农牧局还有 3 项任务本期未报送", nudge.Text);
        Assert.Contains("#11 高质量推进8.2万亩高标准农田建设", nudge.Text); // the unit reads the tasks' names too
        Assert.Single(Proactive(park)); // reported: no nudge
        Assert.Empty(Proactive(leader));

        At(2025, 7, 10, 18, 0);
        await RunAsync(ReminderJob.Escalation);
        At(2025, 7, 11, 18, 0);
        await RunAsync(ReminderJob.Escalation);

        Assert.Equal(2, Proactive(farming).Count); // one weekly reminder and one nudge, that's all
        var told = Assert.Single(Proactive(leader));
        Assert.Contains("**未报送提醒（第28周，7月7日—7月13日）** 旗农牧局经催报后，您牵头的 3 项任务仍未报送：#11 ", told.Text);
        Assert.Matches(@"仍未报送：#11 \S+、#22 \S+、#33 \S+。", told.Text); // the leader reads the tasks' names
    }

    [Fact]
    public async Task Deadline_notices_go_out_on_their_day_and_a_missed_one_is_not_sent_late()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");

        At(2025, 12, 1, 8, 59);
        await RunAsync(ReminderJob.Deadlines);
        Assert.Empty(Proactive(park));
        At(2025, 12, 1, 9, 0);
        await RunAsync(ReminderJob.Deadlines);
        Assert.Contains(Proactive(park), a => a.Text == "**完成时限提醒** 第7项「深入推进园区基础设施建设三年提升行动」的完成时限是 2025-12-31，还有 30 天。");

        At(2025, 12, 25, 9, 30); // the 7-day notice was due yesterday, when the server was down: stale
        await RunAsync(ReminderJob.Deadlines);
        Assert.DoesNotContain(Proactive(park), a => a.Text!.Contains("还有 7 天"));

        At(2025, 12, 30, 9, 0);
        await RunAsync(ReminderJob.Deadlines);
        await RunAsync(ReminderJob.Deadlines);
        Assert.Single(Proactive(park), a => a.Text!.Contains("第7项") && a.Text.Contains("还有 1 天"));
    }

    [Fact]
    public async Task An_unfinished_task_past_its_deadline_is_notified_to_the_unit_and_its_leader()
    {
        await ImportAsync(PlanWithout持续推进("十一、"));
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");

        At(2025, 12, 31, 23, 59);
        await RunAsync(ReminderJob.Deadlines);
        Assert.DoesNotContain(Proactive(farming), a => a.Text!.Contains("超期提醒"));

        At(2026, 1, 1, 9, 0);
        await RunAsync(ReminderJob.Deadlines);

        const string overdue = "**超期提醒** 第11项「高质量推进8.2万亩高标准农田建设」的完成时限 2025-12-31 已过，尚未报送完成。";
        Assert.Single(Proactive(farming), a => a.Text!.Contains("超期提醒"));
        Assert.Contains(Proactive(farming), a => a.Text == overdue);
        Assert.Equal(overdue, Assert.Single(Proactive(leader)).Text); // #22 and #33 are 持续推进: ongoing after their deadline
    }

    /// <summary>The 2025 plan as revised by the office: the task's deadline is firm (no 持续推进).</summary>
    private static string PlanWithout持续推进(string heading)
    {
        var text = File.ReadAllText(RepoFiles.Seed("000_bd77716a55a06823.txt"));
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        var deadline = text.IndexOf("，持续推进", start, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text.Remove(deadline, "，持续推进".Length));
        return path;
    }

    private async Task ImportAsync(string path) =>
        Assert.Equal(0, (await Shell.RunAsync(Store, "import", path, "--year", "2025", "--starts-on", "2025-01-01")).ExitCode);

    [Fact]
    public async Task A_milestone_in_the_task_text_is_reminded_before_its_date()
    {
        var planning = await BoundChatAsync(MemberRole.UnitReporter, "旗发改委");

        At(2025, 4, 23, 9, 0);
        await RunAsync(ReminderJob.Deadlines);

        Assert.Contains(Proactive(planning), a => a.Text!.StartsWith("**节点提醒** 第4项「", StringComparison.Ordinal)
            && a.Text.EndsWith("的节点「4月份全面开工」在 2025-04-30，还有 7 天。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_half_month_digest_gives_each_leader_what_is_behind_and_the_office_the_bulletin()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var office = await BoundChatAsync(MemberRole.Office);

        At(2025, 7, 16, 9, 0);
        await RunAsync(ReminderJob.Digest);
        await RunAsync(ReminderJob.Digest);

        var digest = Assert.Single(Proactive(leader)).Text!;
        Assert.Contains("**半月通报（7月上半月）** 截至 2025-07-16，您牵头的 5 项任务中有 5 项滞后（其中 5 项红灯）", digest);
        Assert.Contains("🔴 **#11** 高质量推进8.2万亩高标准农田建设", digest);
        var bulletin = Assert.Single(Proactive(office)).Text!;
        Assert.Contains("督查通报** 本期 第29周，7月14日—7月20日，截至 2025-07-16，共 44 项任务。", bulletin);

        // The digest of the 1st speaks of the month before's second half.
        At(2025, 8, 1, 9, 0);
        await RunAsync(ReminderJob.Digest);
        Assert.StartsWith("**半月通报（7月下半月）** 截至 2025-08-01，", Proactive(leader)[^1].Text);
    }

    [Fact]
    public async Task The_leaders_digest_carries_their_charts_as_pictures()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        At(2025, 7, 16, 9, 0);

        await RunAsync(ReminderJob.Digest);

        var digest = Assert.Single(Proactive(leader));
        Assert.Equal(["lights.png", "completion.png"], digest.Attachments!.Select(a => a.Name));
        Assert.All(digest.Attachments!, a =>
        {
            Assert.Equal("image/png", a.ContentType);
            var png = Convert.FromBase64String(a.ContentUrl!["data:image/png;base64,".Length..]);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.True(png.Length > 10_000, $"{a.Name} is {png.Length} bytes");
        });
    }

    [Fact]
    public async Task A_conversation_that_is_gone_is_recorded_dead_and_the_office_is_told()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var office = await BoundChatAsync(MemberRole.Office);
        At(2025, 7, 7, 9, 0);
        Peer.Answer(404);

        await RunAsync(ReminderJob.Weekly);

        var record = Assert.Single(await OutboxAsync(), r => r.Kind == "Weekly");
        Assert.Equal(OutboxStatus.Dead, record.Status);
        Assert.Contains("「每周调度」未能送达（对话已失效）", Assert.Single(Proactive(office)).Text);
        Assert.Single(Proactive(park)); // the one refused attempt, not retried
    }

    [Fact]
    public async Task A_transient_failure_is_retried_after_a_backoff()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        At(2025, 7, 7, 9, 0);
        Peer.Answer(503);

        await RunAsync(ReminderJob.Weekly);
        var waiting = Assert.Single(await OutboxAsync());
        Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.True(waiting.DueAtMs > Clock.GetUtcNow().ToUnixTimeMilliseconds());

        Clock.Advance(TimeSpan.FromSeconds(5));
        await DrainAsync();

        var sent = Assert.Single(await OutboxAsync());
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(2, Proactive(park).Count); // the refused one and the one that went through
    }

    [Fact]
    public async Task A_channel_that_asks_to_wait_is_not_tried_again_before_it_said()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        At(2025, 7, 7, 9, 0);
        Peer.Answer(429, retryAfter: "60");

        await RunAsync(ReminderJob.Weekly);
        Clock.Advance(TimeSpan.FromSeconds(59));
        await DrainAsync();
        Assert.Single(Proactive(park));

        Clock.Advance(TimeSpan.FromSeconds(1));
        await DrainAsync();
        Assert.Equal(2, Proactive(park).Count);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await OutboxAsync()).Status);
    }

    [Fact]
    public async Task A_message_queued_by_the_previous_version_is_still_delivered_to_its_person()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        // Until 2026-12-04 the outbox kept the reference and the activity apart, the activity not yet addressed.
        var payload = $$$"""
            {"reference":{"channelId":"test","serviceUrl":"{{{Peer.Url}}}","conversation":{"id":"{{{park.ConversationId}}}"},
            "bot":{"id":"bot","name":"TaskBot"},"user":{"id":"user-{{{park.ConversationId}}}","name":"联络员"},"locale":"zh-CN"},
            "activity":{"type":"message","text":"本周调度（升级前排队）","locale":"zh-CN"}}
            """;
        await Bot.WithScopeAsync(sp => sp.GetRequiredService<OutboxStore>().EnqueueAsync([new OutboxMessage("Weekly", "2026-W49", "1",
            "user-" + park.ConversationId, $"bot:test:{park.ConversationId}", payload, "联络员")], CancellationToken.None));

        await DrainAsync();

        var delivered = Assert.Single(Proactive(park));
        Assert.Equal(("本周调度（升级前排队）", "bot", "user-" + park.ConversationId), (delivered.Text, delivered.From?.Id, delivered.Recipient?.Id));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await OutboxAsync()).Status);
    }

    [Fact]
    public async Task The_office_can_run_a_reminder_now_or_see_who_would_get_what()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");

        const string week = "2025-W27";
        var dry = await Shell.RunAsync(Store, Clock, "remind", "weekly", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains($"Weekly {week} → 联络员（苏里格经济开发区）: 本周调度（第27周，6月30日—7月6日） 苏里格经济开发区有 2 项任务本期待报送", dry.Output);
        Assert.Contains("dry run: 1 would be sent, 0 already queued before, 0 unreachable; nothing was sent", dry.Output);
        Assert.Empty(await OutboxAsync());
        Assert.Empty(Proactive(park));

        var run = await Shell.RunAsync(Store, Clock, "remind", "weekly");
        Assert.Contains("1 queued", run.Output);
        Assert.Contains("of this job's messages: 1 sent, 0 waiting to be sent", run.Output);
        Assert.Single(Proactive(park));
        var again = await Shell.RunAsync(Store, Clock, "remind", "weekly", "--dry-run");
        Assert.Contains("[already queued]", again.Output);

        var wrong = await Shell.RunAsync(Store, "remind", "monthly");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("remind takes one of weekly|escalation|digest|deadlines", wrong.Error);
    }

    [Fact]
    public async Task A_job_the_running_server_already_sent_is_said_to_be_sent()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await RunAsync(ReminderJob.Weekly, now: true);
        await DrainAsync();

        var run = await Shell.RunAsync(Store, Clock, "remind", "weekly");

        Assert.Contains("0 queued, 1 already queued before, 0 unreachable; 0 delivery attempts made now", run.Output);
        Assert.Contains("of this job's messages: 1 sent, 0 waiting to be sent (a retry, or the rate limit), 0 not delivered", run.Output);
        Assert.Single(Proactive(park));
    }

    [Fact]
    public async Task A_display_name_cannot_drive_the_offices_terminal()
    {
        var chat = NewChat();
        var bind = chat.Message("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));
        bind.From!.Name = "\u001b]0;owned\u0007\u001b[2J\u202e联络员\u001b[8m\r\u009b";
        await chat.SendAsync(bind);

        var dry = await Shell.RunAsync(Store, Clock, "remind", "weekly", "--dry-run");

        Assert.Contains(" → 联络员（苏里格经济开发区）: 本周调度", dry.Output);
        Assert.DoesNotContain(dry.Output, c => char.IsControl(c) && c != '\n' || c == '\u202e');
    }
}

public sealed class SqliteReminderTests(PostgresServer postgres) : ReminderTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlReminderTests(PostgresServer postgres) : ReminderTests(postgres, StorageProvider.PostgreSql);
