using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Dialogs;
using TaskBot.Tests.Documents;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Plans;

/// <summary>A second list (领导批示) with two tasks runs beside the 2025 plan: the same reminders, 滞后 and reports, labelled.</summary>
[Collection(TestCollections.Lists)]
public abstract class SupervisionListsTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private const string Instructions = """
        2025年领导批示事项督办清单

        一、落实旗委主要领导批示，完成退化草原修复5万亩。
        牵头领导：康锐
        牵头单位：旗农牧局
        责任单位：旗林草局
        完成时限：2025年6月30日前

        二、落实旗长批示，推进重点产业链招商项目落地。
        牵头领导：阿拉腾朝鲁
        牵头单位：旗工信和科技局
        完成时限：2025年12月底前
        """;

    private async Task<Shell.Result> ImportListAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"list-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Instructions);
        var result = await Shell.RunAsync(Store, Clock, "import", path, "--list", "领导批示", "--kind", "instruction", "--year", "2025", "--org", "乌审旗");
        Assert.True(result.ExitCode == 0, result.Error);
        return result;
    }

    [Fact]
    public async Task A_list_beside_the_plan_is_reminded_counted_behind_and_labelled()
    {
        var imported = await ImportListAsync();
        Assert.Contains("list beside the plan: 领导批示 (Instruction)", imported.Output);
        Assert.Contains("tasks added: 2", imported.Output);
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office);

        Assert.Contains("**#1** ［领导批示］落实旗委主要领导批示", (await office.SayAsync("哪些任务滞后")).Texts());
        Assert.Contains("**#1** ［领导批示］落实旗委主要领导批示", (await office.SayAsync("康锐的任务")).Texts());
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设", (await office.SayAsync("康锐的任务")).Texts());
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        var reminder = Assert.Single(Proactive(farm));
        Assert.Contains("- #1 ［领导批示］落实旗委主要领导批示（时限 2025-06-30）", reminder.Text);
        Assert.Contains("- #11 高质量推进8.2万亩高标准农田建设", reminder.Text);
        Assert.Contains("汇报 领导批示1", new[] { reminder }.Buttons());
        Assert.Contains("汇报第1项「［领导批示］落实旗委主要领导批示」", (await farm.SayAsync("汇报 领导批示1")).Texts());
    }

    [Theory]
    [InlineData("zh-CN", "我的任务")]
    [InlineData("en-US", "my tasks")]
    public async Task My_tasks_are_listed_list_by_list_not_interleaved_by_number(string locale, string ask)
    {
        await ImportListAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", locale);

        var text = (await farm.SayAsync(ask)).Texts();

        var plan = new[] { "**#11** ", "**#22** ", "**#33** " }.Select(n => text.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, plan);
        Assert.True(plan.Max() < text.IndexOf("**#1** ［领导批示］", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task Reimporting_the_list_replaces_only_it_and_the_ledger_names_it()
    {
        await ImportListAsync();
        var again = await ImportListAsync();
        Assert.Contains("tasks added: 0, updated: 0, unchanged: 2", again.Output);

        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-ledger-").FullName, "台账.xlsx");
        var export = await Shell.RunAsync(Store, Clock, "export", "ledger", "--out", path);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("46 tasks", export.Output);
        using var ledger = new WorkbookReader(path);
        Assert.StartsWith("坚持以习近平", ledger.Text("台账", "B2"));
        Assert.Equal("1", ledger.Cell("台账", "A46").CellValue!.Text);
        Assert.StartsWith("［领导批示］落实旗委主要领导批示", ledger.Text("台账", "B46"));
        Assert.StartsWith("［领导批示］落实旗长批示", ledger.Text("台账", "B47"));
    }

    [Fact]
    public async Task The_ledgers_period_sheet_names_a_lists_item_by_its_list_after_the_plans_tasks()
    {
        await ImportListAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        foreach (var number in new[] { "领导批示1", "11" })
        {
            await farm.SayAsync($"汇报 {number}：正常推进，完成草原修复2万亩，完成情况：40%，问题：无，下步：继续推进，协调：无");
            await farm.SayAsync("是");
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-ledger-").FullName, "台账.xlsx");
        Assert.Equal(0, (await Shell.RunAsync(Store, Clock, "export", "ledger", "--out", path)).ExitCode);
        using var ledger = new WorkbookReader(path);

        Assert.Equal("11", ledger.Cell("第27周，6月30日—7月6日", "A2").CellValue!.Text);
        Assert.Equal("［领导批示］1", ledger.Text("第27周，6月30日—7月6日", "A3"));
    }

    [Fact]
    public async Task A_number_in_two_lists_asks_which_and_the_report_lands_on_the_chosen_one()
    {
        await ImportListAsync();
        await AddThirdInstructionAsync();
        var industry = await BoundChatAsync(MemberRole.UnitReporter, "旗工信和科技局");

        var which = await industry.SayAsync("汇报 3");

        Assert.Contains("第3项在 2 个清单中都有，请选择：", which.Texts());
        Assert.Contains("- 领导批示：［领导批示］落实旗长批示", which.Texts());
        Assert.Equal(["汇报 年度计划3", "汇报 领导批示3"], which.Buttons());
        Assert.Contains("请核对", (await industry.SayAsync("汇报 领导批示3：正常推进，已对接企业5家，完成情况：30%，问题：无，下步：签约，协调：无")).Texts());
        Assert.Contains("已提交", (await industry.SayAsync("是")).Texts());
        Assert.Contains("旗工信和科技局｜正常推进 30%", (await industry.SayAsync("详情 批示3")).Texts());
        Assert.Contains("暂无进展报送", (await industry.SayAsync("详情 年度计划3")).Texts());
    }

    [Fact]
    public async Task In_English_the_list_is_labelled_and_the_number_asks_which()
    {
        await ImportListAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        Assert.Contains("**#1** ［领导批示］落实旗委主要领导批示", (await office.SayAsync("which tasks are behind")).Texts());
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        var reminder = Assert.Single(Proactive(farm));
        Assert.Contains("- #1 ［领导批示］落实旗委主要领导批示 (due 2025-06-30)", reminder.Text);
        Assert.Contains("report 领导批示1", new[] { reminder }.Buttons());

        var which = await office.SayAsync("details 1");
        Assert.Contains("Task 1 is in 2 lists. Which one?", which.Texts());
        Assert.Equal(["details plan1", "details 领导批示1"], which.Buttons());
        Assert.Contains("退化草原修复5万亩", (await office.SayAsync("details 领导批示1")).Texts());
        Assert.Contains("Reporting on task 1, \"［领导批示］落实旗委主要领导批示", (await farm.SayAsync("report 领导批示1")).Texts());
    }

    [Fact]
    public async Task An_english_command_naming_a_chinese_list_is_answered_in_the_conversations_language()
    {
        await ImportListAsync();
        var english = await BoundChatAsync(MemberRole.Office, locale: "en-US");
        var chinese = await BoundChatAsync(MemberRole.Office);

        var added = await english.SayAsync("add task to 领导批示: 落实旗长批示，开展招商引资专项督查; lead units: 旗工信和科技局; deadline: 2025-12-31");
        Assert.Contains("Added #3", added.Texts());
        Assert.Contains("Task 3 is in 2 lists. Which one?", (await english.SayAsync("details 3")).Texts());
        Assert.Contains("牵头单位：旗工信和科技局", (await chinese.SayAsync("details 领导批示3")).Texts());
    }

    [Fact]
    public async Task No_change_supporting_input_closing_changing_and_withdrawing_a_number_in_two_lists_ask_which_keeping_the_rest()
    {
        await ImportListAsync();
        await AddThirdInstructionAsync();
        var industry = await BoundChatAsync(MemberRole.UnitReporter, "旗工信和科技局");
        var office = await BoundChatAsync(MemberRole.Office);

        Assert.Equal(["无变化 年度计划3", "无变化 领导批示3"], (await industry.SayAsync("3项无变化")).Buttons());
        var support = await industry.SayAsync("征求配合意见3 旗财政局");
        Assert.Contains("第3项在 2 个清单中都有，请选择：", support.Texts());
        Assert.Equal(["征求配合意见 年度计划3", "征求配合意见 领导批示3"], support.Buttons());
        Assert.Equal("征求配合意见 领导批示3 旗财政局", support.Values()[^1]);

        await industry.SayAsync("汇报 领导批示3：已完成，已对接企业5家，完成情况：100%，问题：无，下步：签约，协调：无");
        Assert.Contains("已提交", (await industry.SayAsync("是")).Texts());
        var leader = await BoundChatAsync(MemberRole.Leader, "阿拉腾朝鲁");
        Assert.Contains("待督查室核实销号：#3 ［领导批示］落实旗长批示", (await leader.SayAsync("哪些任务滞后")).Texts());
        await DrainAsync();
        Assert.Contains("销号 领导批示3", Proactive(office).Values());
        var close = await office.SayAsync("销号 3");
        Assert.Equal(["销号 年度计划3", "销号 领导批示3"], close.Buttons());
        Assert.Contains("第3项已销号", (await office.SayAsync("销号 领导批示3")).Texts());

        var change = await office.SayAsync("修改任务 3 完成时限：2026-03-31");
        Assert.Equal(["修改任务 年度计划3", "修改任务 领导批示3"], change.Buttons());
        Assert.Equal("修改任务 领导批示3 完成时限：2026-03-31", change.Values()[^1]);
        Assert.Contains("已修改第3项「［领导批示］落实旗长批示", (await office.SayAsync(change.Values()[^1])).Texts());

        var withdraw = await office.SayAsync("撤销任务3，重复交办");
        Assert.Contains("确认撤销第3项「［领导批示］落实旗长批示", (await office.SayAsync(withdraw.Values()[^1])).Texts());
        Assert.Contains("已撤销第3项", (await office.SayAsync("是")).Texts());
        Assert.DoesNotContain("清单中都有", (await office.SayAsync("详情 3")).Texts());
    }

    [Fact]
    public async Task In_English_no_change_and_withdrawing_a_number_in_two_lists_ask_which()
    {
        await ImportListAsync();
        await AddThirdInstructionAsync();
        var industry = await BoundChatAsync(MemberRole.UnitReporter, "旗工信和科技局", "en-US");
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        var which = await industry.SayAsync("no change 3");
        Assert.Contains("Task 3 is in 2 lists. Which one?", which.Texts());
        Assert.Equal(["no change plan3", "no change 领导批示3"], which.Buttons());
        Assert.Equal(["withdraw task plan3", "withdraw task 领导批示3"], (await office.SayAsync("withdraw task 3")).Buttons());
    }

    [Fact]
    public async Task The_office_adds_a_task_to_the_list_it_names_in_chat()
    {
        await ImportListAsync();
        var office = await BoundChatAsync(MemberRole.Office);

        var added = await office.SayAsync("新增任务：落实旗长批示，开展招商引资专项督查；牵头单位：旗工信和科技局；完成时限：2025-12-31；清单：批示");
        Assert.Contains("已新增第3项「落实旗长批示", added.Texts());
        Assert.Contains("第3项在 2 个清单中都有", (await office.SayAsync("详情 3")).Texts());
        Assert.Contains("已新增第4项", (await office.SayAsync("新增领导批示任务：落实批示，优化营商环境；牵头单位：旗农牧局；完成时限：2025-12-31")).Texts());
        Assert.Contains("没有名为「人大建议」的清单。正在督办的清单：年度计划、领导批示",
            (await office.SayAsync("新增任务：整治；牵头单位：旗农牧局；完成时限：2025-12-31；清单：人大建议")).Texts());
        Assert.Contains("已新增第45项", (await office.SayAsync("新增任务：年度新增任务；牵头单位：旗农牧局；完成时限：2025-12-31")).Texts());
    }

    [Fact]
    public async Task A_coordination_request_on_a_list_task_names_the_task_and_its_list_wherever_it_is_shown()
    {
        await ImportListAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var office = await BoundChatAsync(MemberRole.Office);
        await farm.SayAsync("汇报批示1：正常推进，已修复2万亩，完成40%，问题：苗木不足，下步：补植，协调：请康锐副旗长协调林草局调剂苗木");
        Assert.Contains("已提交", (await farm.SayAsync("是")).Texts());
        await farm.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成50%，问题：无，下步：灌溉配套，需协调：协调水利局落实灌溉水源");
        Assert.Contains("已提交", (await farm.SayAsync("是")).Texts());
        await DrainAsync();

        Assert.Contains("**需协调事项 #1** 旗农牧局在「#1 ［领导批示］落实旗委主要领导批示」的汇报中提出", Proactive(leader)[0].Text);
        var mine = (await leader.SayAsync("有啥需要我协调的事")).Texts();
        Assert.Contains("- 协调#1 #1 ［领导批示］落实旗委主要领导批示｜旗农牧局：请康锐副旗长协调林草局调剂苗木", mine);
        Assert.Contains("- 协调#2 #11 高质量推进8.2万亩高标准农田建设｜旗农牧局：协调水利局落实灌溉水源", mine);
        Assert.Contains("- 协调#1 #1 ［领导批示］落实旗委主要领导批示｜旗农牧局", (await office.SayAsync("协调事项")).Texts());
        var which = await leader.SayAsync("批示 抓紧办");
        Assert.Equal(["协调#1 #1 ［领导批示］落实旗委主要领导批示", "协调#2 #11 高质量推进8.2万亩…"], which.Buttons());
        await leader.SayAsync("协调1 批示 林草局本周内调剂");
        await DrainAsync();
        Assert.Contains("康锐对「#1 ［领导批示］落实旗委主要领导批示」的需协调事项", Proactive(farm)[^1].Text);
    }

    [Fact]
    public async Task In_English_a_coordination_request_on_a_list_task_names_the_task_and_its_list()
    {
        await ImportListAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐", "en-US");
        await farm.SayAsync("汇报批示1：正常推进，已修复2万亩，完成40%，问题：无，下步：补植，协调：请康锐副旗长协调林草局调剂苗木");
        Assert.Contains("已提交", (await farm.SayAsync("是")).Texts());
        await DrainAsync();

        Assert.Contains("in its report on \"#1 ［领导批示］落实旗委主要领导批示\"", Proactive(leader)[0].Text);
        Assert.Contains("- coordination #1 #1 ［领导批示］落实旗委主要领导批示 | 旗农牧局: 请康锐副旗长协调林草局调剂苗木",
            (await leader.SayAsync("what needs me")).Texts());
    }

    private async Task AddThirdInstructionAsync()
    {
        var added = await Shell.RunAsync(Store, Clock, "task", "add", "--list", "领导批示", "--text", "落实旗长批示，开展招商引资专项督查",
            "--leaders", "阿拉腾朝鲁", "--lead-units", "旗工信和科技局", "--deadline", "2025-12-31");
        Assert.Contains("task #3 added", added.Output);
    }
}

public sealed class SqliteSupervisionListsTests(PostgresServer postgres) : SupervisionListsTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlSupervisionListsTests(PostgresServer postgres) : SupervisionListsTests(postgres, StorageProvider.PostgreSql);
