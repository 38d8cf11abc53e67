using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Loop;

/// <summary>延期: asked with a date and a reason, decided by the office or a lead leader; approved, the deadline and its notices move.</summary>
[Collection(TestCollections.Reminders)]
public abstract class ExtensionTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task An_approved_extension_moves_the_deadline_keeps_its_history_and_moves_the_deadline_notice()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("第11项要延期到哪一天", (await unit.SayAsync("延期 11")).Texts());
        Assert.Contains("请说明延期的理由", (await unit.SayAsync("2026-03-31")).Texts());
        Assert.Contains("已提交第11项延期申请（至 2026-03-31），等待审批。", (await unit.SayAsync("冬季无法施工，灌溉配套需开春完成")).Texts());
        await DrainAsync();
        var request = Assert.Single(Proactive(office));
        Assert.Contains("**延期申请 #1** 旗农牧局申请将第11项「高质量推进8.2万亩高标准农田建设」的完成时限由 2025-12-31 延至 2026-03-31，理由：冬季无法施工", request.Text);
        Assert.Equal(["同意", "不同意"], new[] { request }.Buttons());
        Assert.Single(Proactive(leader));

        Assert.Contains("已同意延期申请 #1：第11项完成时限调整为 2026-03-31，已告知旗农牧局", (await office.SayAsync("同意延期 1 请抓紧推进")).Texts());
        Assert.Contains("延期申请 #1 已经审批过了", (await leader.SayAsync("不同意延期 1")).Texts());
        await DrainAsync();
        Assert.Contains("**延期已同意** 第11项「高质量推进8.2万亩高标准农田建设」的完成时限已由 2025-12-31 调整为 2026-03-31（联络员：请抓紧推进）", Proactive(unit)[^1].Text);
        var detail = (await office.SayAsync("第11项")).Texts();
        Assert.Contains("完成时限：2026-03-31", detail);
        Assert.Contains("时限调整：2025-12-31 → 2026-03-31（联络员同意，2025-07-01；理由：冬季无法施工，灌溉配套需开春完成）", detail);

        At(2025, 12, 1, 9, 0);
        await RunAsync(ReminderJob.Deadlines);
        Assert.DoesNotContain(Proactive(unit), a => a.Text!.Contains("**完成时限提醒** 第11项"));
        At(2026, 3, 1, 9, 0);
        await RunAsync(ReminderJob.Deadlines);
        Assert.Contains(Proactive(unit), a => a.Text!.Contains("**完成时限提醒** 第11项「高质量推进8.2万亩高标准农田建设」的完成时限是 2026-03-31，还有 30 天"));
    }

    [Fact]
    public async Task A_date_typed_in_full_width_digits_is_read_not_a_failure()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await unit.SayAsync("延期 11");
        Assert.Contains("请说明延期的理由", (await unit.SayAsync("２０２６年３月３１日")).Texts());
        Assert.Contains("已提交第11项延期申请（至 2026-03-31），等待审批。", (await unit.SayAsync("冬季无法施工")).Texts());
        await DrainAsync();
        Assert.Contains("完成时限由 2025-12-31 延至 2026-03-31", Proactive(office)[^1].Text);
    }

    [Fact]
    public async Task The_same_request_sent_twice_is_one_request_the_office_is_asked_once()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");
        Assert.Contains("已提交第11项延期申请（至 2026-03-31），等待审批。", (await unit.SayAsync("延期 11 2026-03-31 冬季无法施工")).Texts());
        await DrainAsync();

        Assert.Single(Proactive(office), a => a.Text!.Contains("**延期申请"));
        Assert.Contains("没有找到您可以审批的延期申请 #2", (await office.SayAsync("同意延期 2")).Texts());
    }

    [Fact]
    public async Task An_office_member_without_a_name_decides_as_the_office_not_as_a_chat_id()
    {
        var office = new Chat(() => Bot.Client, Peer, "dl_3df6" + Guid.NewGuid().ToString("N"), userName: null);
        await office.SayAsync("绑定 " + await InviteAsync(MemberRole.Office));
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");
        await office.SayAsync("同意延期 1 请抓紧推进");
        await DrainAsync();

        Assert.Contains("（督查室：请抓紧推进）", Proactive(unit)[^1].Text);
        Assert.Contains("（督查室同意，", (await unit.SayAsync("第11项")).Texts());
        Assert.DoesNotContain("dl_3df6", Proactive(unit)[^1].Text);
    }

    [Fact]
    public async Task A_refused_extension_leaves_the_deadline_and_a_request_after_the_deadline_is_marked_late()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        At(2026, 1, 5, 9, 0);

        Assert.Contains("（超时申请：原时限已过）", (await unit.SayAsync("延期 11 2026年3月31日 冬季无法施工")).Texts());
        await DrainAsync();
        Assert.Contains("（超时申请：原时限已过）", Proactive(office)[^1].Text);
        Assert.Contains("已不同意延期申请 #1", (await office.SayAsync("不同意延期 1 年底前应完成")).Texts());
        await DrainAsync();
        Assert.Contains("延期至 2026-03-31 的申请未获同意，完成时限仍为 2025-12-31（联络员：年底前应完成）", Proactive(unit)[^1].Text);
        Assert.Contains("完成时限：2025-12-31", (await office.SayAsync("第11项")).Texts());
        Assert.Contains("没有找到您可以审批的延期申请 #1", (await unit.SayAsync("同意延期 1")).Texts());
    }

    [Fact]
    public async Task A_bare_agree_from_a_leader_decides_the_only_request_waiting_for_them()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");

        Assert.Contains("已同意延期申请 #1：第11项完成时限调整为 2026-03-31", (await leader.SayAsync("同意")).Texts());
        Assert.Contains("目前没有等您审批的延期申请或需协调事项", (await leader.SayAsync("同意")).Texts());
    }

    [Fact]
    public async Task A_bare_agree_with_an_extension_and_a_coordination_request_waiting_asks_which_a_button_each()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");
        await unit.SayAsync("汇报 22：正常推进，完成节水改造3处，完成40%，问题：无，下步：继续推进，协调：请协调县财政局落实资金");
        await unit.SayAsync("是");

        var which = await leader.SayAsync("同意，抓紧办理");

        Assert.Contains("有 2 项等您处理，「同意，抓紧办理」是对哪一项？", which.Texts());
        Assert.Equal(["同意延期 1 抓紧办理", "协调1 批示 同意，抓紧办理"], which.Values());
        Assert.Contains("已记录：协调事项 #1 批示", (await leader.SayAsync(which.Values()[1])).Texts());
        Assert.Contains("已同意延期申请 #1", (await leader.SayAsync("同意")).Texts());
    }

    [Fact]
    public async Task The_offices_bare_agree_decides_an_extension_not_a_leaders_coordination_request()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("汇报 22：正常推进，完成节水改造3处，完成40%，问题：无，下步：继续推进，协调：请协调县财政局落实资金");
        await unit.SayAsync("是");

        Assert.Contains("目前没有等您审批的延期申请或需协调事项", (await office.SayAsync("同意")).Texts());
        Assert.Contains("已记录：协调事项 #1 批示", (await leader.SayAsync("同意")).Texts());
    }

    [Fact]
    public async Task A_units_bare_agree_with_nothing_waiting_says_what_waits_for_the_unit_not_what_it_may_approve()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var water = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        await unit.SayAsync("11 需要协调：请水利局落实灌溉水源");
        await unit.SayAsync("是");
        await leader.SayAsync("协调1 交办 旗水利局");

        var nothing = (await unit.SayAsync("同意")).Texts();
        var assigned = (await water.SayAsync("不同意")).Texts();

        Assert.Equal("没有等您单位答复的事项（延期和需协调事项由领导、督查室审批）。汇报进展请发「汇报」。", nothing);
        Assert.Equal("交办给您单位的需协调事项 1 项等您答复，请发「协调1 答复 办理情况」。", assigned);
    }

    [Theory]
    [InlineData("可以，同意延期")]
    [InlineData("同意延期")]
    [InlineData("好的，同意")]
    public async Task Agree_written_loosely_decides_the_only_request_waiting(string said)
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");

        Assert.Contains("已同意延期申请 #1：第11项完成时限调整为 2026-03-31", (await office.SayAsync(said)).Texts());
    }

    [Fact]
    public async Task A_supporting_unit_may_not_move_the_tasks_deadline_and_is_told_who_asks_for_it()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var supporting = await BoundChatAsync(MemberRole.UnitReporter, "旗交通局");

        var said = (await supporting.SayAsync("延期 32 2026-06-30 冬季无法施工")).Texts();
        await DrainAsync();

        Assert.Equal("第32项由旗住建局牵头，完成时限的延期由牵头单位申请；困难可写进汇报的「存在问题」，或告知牵头单位。", said);
        Assert.Empty(Proactive(office));
    }

    [Fact]
    public async Task Agree_at_a_units_read_back_is_its_yes_not_a_decision()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");

        await unit.SayAsync("11 需要协调：资金缺口200万，请县财政局支持");
        Assert.Contains("已提出需协调事项 #1（第11项）", (await unit.SayAsync("同意")).Texts());
        Assert.Contains("有 2 项等您处理", (await leader.SayAsync("同意")).Texts());
    }

    [Fact]
    public async Task A_leftover_duplicate_request_approved_after_the_first_adds_no_second_history_line_nor_notice()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工");
        await unit.SayAsync("延期 11 2026-03-31 冬季无法施工，开春完成");
        await office.SayAsync("同意延期 1");

        Assert.Contains("已同意延期申请 #2", (await office.SayAsync("同意延期 2")).Texts());
        await DrainAsync();
        var detail = (await office.SayAsync("第11项")).Texts();
        Assert.Single(detail.Split('\n'), line => line.StartsWith("时限调整：", StringComparison.Ordinal));
        Assert.Single(Proactive(unit), a => a.Text!.Contains("**延期已同意**"));
    }
}

public sealed class SqliteExtensionTests(PostgresServer postgres) : ExtensionTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlExtensionTests(PostgresServer postgres) : ExtensionTests(postgres, StorageProvider.PostgreSql);
