using TaskBot.Data;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Tests;
using TaskBot.Reminders;
using TaskBot.Tests.Dialogs;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Loop;

/// <summary>The office adds, changes and withdraws tasks between imports; a re-import withdraws and restores the same way.</summary>
[Collection(TestCollections.Lists)]
public abstract class TaskChangesTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task A_withdrawn_task_leaves_every_list_and_reminder_and_keeps_its_reports()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var office = await BoundChatAsync(MemberRole.Office);
        await ReportAsync(park, 7, "正常推进", "10%");
        Assert.Contains("**#7**", (await office.SayAsync("哪些任务滞后")).Texts());
        var reports = await ReportCountAsync();

        Assert.Contains("只有政府办督查室可以新增、修改或撤销任务", (await park.SayAsync("撤销任务 7")).Texts());
        Assert.Contains("请说明撤销第7项「深入推进园区基础设施建设三年提升行动」的理由", (await office.SayAsync("撤销任务 7")).Texts());
        Assert.Contains("确认撤销第7项「深入推进园区基础设施建设三年提升行动」吗？", (await office.SayAsync("园区规划调整，并入第21项")).Texts());
        Assert.Contains("已撤销第7项「深入推进园区基础设施建设三年提升行动」（理由：园区规划调整，并入第21项），已有汇报保留。",
            (await office.SayAsync("是")).Texts());

        Assert.Equal(reports, await ReportCountAsync());
        Assert.DoesNotContain("**#7**", (await office.SayAsync("哪些任务滞后")).Texts());
        Assert.DoesNotContain("**#7**", (await park.SayAsync("我的任务")).Texts());
        Assert.DoesNotContain("#7", (await office.SayAsync("通报")).Texts());
        Assert.Contains("没有找到第7项任务", (await park.SayAsync("第7项")).Texts());
        Assert.Contains("没有第7项", (await office.SayAsync("撤销任务 7 重复")).Texts());
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        var reminder = Assert.Single(Proactive(park));
        Assert.Contains("苏里格经济开发区有 1 项任务本期待报送", reminder.Text);
        Assert.DoesNotContain("#7 ", reminder.Text);
        Assert.Equal(["汇报 21"], new[] { reminder }.Buttons());
    }

    [Fact]
    public async Task A_task_withdrawn_in_English_leaves_the_units_list_and_a_cancelled_withdrawal_leaves_it()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区", "en-US");
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");
        await office.SayAsync("withdraw task 21 reason: merged");
        Assert.Contains("Cancelled; #21 is not withdrawn.", (await office.SayAsync("no")).Texts());
        Assert.Contains("Withdraw #7 ", (await office.SayAsync("withdraw task 7 reason: the park's plan changed")).Texts());
        Assert.Contains("Withdrew #7 ", (await office.SayAsync("yes")).Texts());

        var mine = (await park.SayAsync("my tasks")).Texts();
        Assert.DoesNotContain("**#7**", mine);
        Assert.Contains("**#21**", mine);
    }

    [Fact]
    public async Task A_withdrawal_confirmed_after_another_withdrew_the_task_is_answered_once_when_the_channel_sends_it_again()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Contains("确认撤销第7项", (await office.SayAsync("撤销任务 7 园区规划调整")).Texts());
        await Bot.WithScopeAsync(sp => sp.GetRequiredService<ITaskEditor>().WithdrawAsync(null, 7, "并入第21项", "督查室", default));
        var yes = office.Message("是");
        var replies = await office.SendAsync(yes);
        Assert.Contains("第7项已经撤销了", replies.Texts());

        // The channel, not told in time, sends the confirmation again: it was handled, and is not answered twice.
        Assert.Equal(replies.Count, (await office.SendAsync(yes)).Count);
    }

    [Fact]
    public async Task The_office_adds_a_task_in_chat_and_the_lead_unit_sees_it()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("请在一条消息里写明", (await office.SayAsync("新增任务")).Texts());
        Assert.Contains("单位目录中没有：旗不存在局",
            (await office.SayAsync("新增任务：修复退化草原5万亩；牵头单位：旗不存在局；完成时限：2025-10-31")).Texts());
        var added = await office.SayAsync("新增任务：落实旗委批示，修复退化草原5万亩；牵头领导：康锐；牵头单位：旗农牧局；责任单位：旗林草局、旗财政局；完成时限：2025-10-31");

        Assert.Contains("已新增第45项「落实旗委批示」（政府工作报告重点工作任务分解方案）", added.Texts());
        Assert.Contains("牵头单位 旗农牧局，完成时限 2025-10-31", added.Texts());
        Assert.Contains("**#45** 落实旗委批示｜时限 2025-10-31", (await unit.SayAsync("我的任务")).Texts());
        var detail = (await unit.SayAsync("第45项")).Texts();
        Assert.Contains("牵头领导：康锐", detail);
        Assert.Contains("责任单位：旗林草局、旗财政局", detail);
    }

    [Fact]
    public async Task A_task_added_mid_year_is_judged_against_the_time_since_it_was_given_not_since_january()
    {
        At(2025, 7, 7, 9, 0);
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        await office.SayAsync("新增任务：落实旗委批示，修复退化草原5万亩；牵头领导：康锐；牵头单位：旗农牧局；完成时限：2025-07-20");

        await unit.SayAsync("汇报 45：正常推进，完成围栏建设，完成情况：20%，问题：无，下步：补播改良，协调：无");
        await unit.SayAsync("是");

        Assert.DoesNotContain("#45", (await leader.SayAsync("哪些任务滞后")).Texts());
        At(2025, 7, 18, 9, 0); // 12 of the task's 14 days gone: 20% is far behind
        Assert.Contains("🔴 **#45** 落实旗委批示：低于序时进度 65.7 个百分点", (await leader.SayAsync("哪些任务滞后")).Texts());
    }

    [Fact]
    public async Task A_deadline_the_office_changed_is_in_the_history_and_survives_a_reimport_with_a_warning()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var changed = await office.SayAsync("修改任务 11 完成时限：2026-03-31；理由：冬季无法施工");
        Assert.Contains("已修改第11项「高质量推进8.2万亩高标准农田建设」：完成时限改为 2026-03-31。", changed.Texts());
        var detail = (await office.SayAsync("第11项")).Texts();
        Assert.True(detail.Contains("时限调整：2025-12-31 → 2026-03-31"), detail);
        Assert.Contains("已修改第11项「高质量推进8.2万亩高标准农田建设」：牵头领导改为 康锐、沙健。",
            (await office.SayAsync("修改任务 11 牵头领导：康锐、沙健")).Texts());
        Assert.Contains("第11项已是如此，没有修改", (await office.SayAsync("修改任务 11 牵头领导：康锐、沙健")).Texts());

        var again = await Shell.RunAsync(Store, "import", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--year", "2025");

        Assert.Contains("warning: #11 keeps its approved deadline 2026-03-31, not the document's 2025-12-31", again.Output);
        Assert.Contains("updated #11: leaders", again.Output);
        Assert.Contains("完成时限：2026-03-31", (await office.SayAsync("第11项")).Texts());
    }

    [Fact]
    public async Task A_task_given_to_another_leader_leaves_the_first_ones_behind_list_for_the_others()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "滞后", "20%");
        var kang = await BoundChatAsync(MemberRole.Leader, "康锐");
        var sha = await BoundChatAsync(MemberRole.Leader, "沙健");
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Contains("**#11**", (await kang.SayAsync("哪些任务滞后")).Texts());
        Assert.DoesNotContain("**#11**", (await sha.SayAsync("哪些任务滞后")).Texts());

        await office.SayAsync("修改任务 11 牵头领导：沙健");

        Assert.DoesNotContain("**#11**", (await kang.SayAsync("哪些任务滞后")).Texts());
        Assert.Contains("**#11**", (await sha.SayAsync("哪些任务滞后")).Texts());
    }

    [Fact]
    public async Task A_reimport_without_a_task_withdraws_it_and_one_with_it_again_restores_it()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var shorter = EditedSeed(text => text[..text.IndexOf("四十四、", StringComparison.Ordinal)]);

        var withdrawn = await Shell.RunAsync(Store, "import", shorter, "--year", "2025");
        Assert.Contains("withdrawn (reports kept): #44", withdrawn.Output);
        Assert.Contains("没有找到第44项任务", (await office.SayAsync("第44项")).Texts());

        var restored = await Shell.RunAsync(Store, "import", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--year", "2025");
        Assert.Contains("tasks added: 0, updated: 0, unchanged: 43, withdrawn: 0, restored: 1", restored.Output);
        Assert.DoesNotContain("没有找到第44项任务", (await office.SayAsync("第44项")).Texts());
    }

    [Fact]
    public async Task A_reimport_leaves_a_task_the_office_withdrew_withdrawn()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Equal(0, (await Shell.RunAsync(Store, "task", "withdraw", "7", "--reason", "并入第21项")).ExitCode);

        var again = await Shell.RunAsync(Store, "import", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--year", "2025");

        Assert.Contains("kept withdrawn (the office withdrew them): #7", again.Output);
        Assert.Contains("没有找到第7项任务", (await office.SayAsync("第7项")).Texts());
    }

    [Fact]
    public async Task The_command_line_adds_changes_and_withdraws_a_task()
    {
        var added = await Shell.RunAsync(Store, "task", "add", "--text", "落实旗委批示，修复退化草原5万亩", "--leaders", "康锐",
            "--lead-units", "旗农牧局", "--units", "旗林草局", "--deadline", "2025-10-31");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("task #45 added", added.Output);

        var unknown = await Shell.RunAsync(Store, "task", "change", "45", "--lead-units", "旗不存在局");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no unit is named \"旗不存在局\"", unknown.Error);

        var changed = await Shell.RunAsync(Store, "task", "change", "45", "--deadline", "2025-11-30", "--reason", "批示要求提前", "--units", "旗财政局");
        Assert.Contains("task #45 deadline, responsibleUnits", changed.Output);

        Assert.Equal(0, (await Shell.RunAsync(Store, "task", "withdraw", "45", "--reason", "并入第11项")).ExitCode);
        var twice = await Shell.RunAsync(Store, "task", "withdraw", "45", "--reason", "并入第11项");
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("task #45 is withdrawn already", twice.Error);
        Assert.DoesNotContain("#45", (await Shell.RunAsync(Store, "tasks", "--unit", "旗农牧局")).Output);
    }
}

public sealed class SqliteTaskChangesTests(PostgresServer postgres) : TaskChangesTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlTaskChangesTests(PostgresServer postgres) : TaskChangesTests(postgres, StorageProvider.PostgreSql);
