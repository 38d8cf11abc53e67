using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Dialogs;

/// <summary>人员: who is bound for each unit and when each last wrote; the office revoking a binding; 解绑 asking first.</summary>
[Collection(TestCollections.People)]
public abstract class PeopleTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task The_office_sees_who_is_bound_for_each_unit_their_channel_and_when_they_last_wrote()
    {
        var zhang = await PersonAsync("张三", "旗农牧局");
        await PersonAsync("李四", "旗农牧局");
        Clock.Advance(TimeSpan.FromDays(40));
        await zhang.SayAsync("我的任务");
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("人员")).Texts();

        Assert.Contains("已绑定 3 人，涉及 1 个单位：", text);
        Assert.Contains("**旗农牧局**\n- 张三（test）｜最近活跃 2025-08-10 09:00\n- 李四（test）｜最近活跃 2025-07-01 09:00｜已 40 天未活跃", text);
        Assert.Contains("**政府办督查室**", text);
        Assert.Contains("尚无人绑定的牵头单位", text);
        Assert.Contains("旗水利局", text);
    }

    [Fact]
    public async Task For_one_unit_each_person_has_a_button_that_revokes_them_after_a_yes()
    {
        var zhang = await PersonAsync("张三", "旗农牧局");
        await PersonAsync("李四", "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office);

        Assert.Equal(["解除绑定 张三", "解除绑定 李四"], (await office.SayAsync("人员 农牧局")).Buttons());
        var asked = await office.SayAsync("解除绑定 张三");
        Assert.Contains("确定解除 张三（旗农牧局，test）的绑定吗？", asked.Texts());
        Assert.Equal(["是", "否"], asked.Buttons());
        Assert.Contains("已解除 张三（旗农牧局，test）的绑定。", (await office.SayAsync("是")).Texts());

        Assert.Contains("还没有绑定身份", (await zhang.SayAsync("我的任务")).Texts());
        Assert.DoesNotContain("张三", (await office.SayAsync("人员 农牧局")).Texts());
    }

    // A member's rows are read once and then kept while their version holds (PostgreSQL): a change must show at once.
    [Fact]
    public async Task A_person_revoked_while_writing_is_not_bound_on_their_next_message()
    {
        var zhang = await PersonAsync("张三", "旗农牧局");
        await zhang.SayAsync("我的任务");
        Assert.Contains("您牵头的任务 3 项", (await zhang.SayAsync("我的任务")).Texts());
        var office = await BoundChatAsync(MemberRole.Office);

        await office.SayAsync("解除绑定 张三");
        await office.SayAsync("是");

        Assert.Contains("还没有绑定身份", (await zhang.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task A_person_bound_again_for_another_unit_writes_for_that_unit_at_once()
    {
        var chat = await PersonAsync("张三", "旗农牧局");
        Assert.Contains("您牵头的任务 3 项", (await chat.SayAsync("我的任务")).Texts());

        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));

        Assert.Contains("没有找到第", (await chat.SayAsync("汇报 11")).Texts());
    }

    [Fact]
    public async Task No_keeps_the_binding()
    {
        var zhang = await PersonAsync("张三", "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office);

        await office.SayAsync("解除绑定 张三");
        Assert.Contains("绑定保留", (await office.SayAsync("否")).Texts());

        Assert.Contains("您牵头的任务 3 项", (await zhang.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task Two_people_of_one_name_are_told_apart_by_their_unit()
    {
        var farming = await PersonAsync("王五", "旗农牧局");
        var water = await PersonAsync("王五", "旗水利局");
        var office = await BoundChatAsync(MemberRole.Office);

        var which = await office.SayAsync("解除绑定 王五");
        Assert.Contains("有多位「王五」", which.Texts());
        Assert.Equal(["王五（旗农牧局，test）", "王五（旗水利局，test）"], which.Buttons());
        await office.SayAsync("王五（旗水利局，test）");
        await office.SayAsync("是");

        Assert.Contains("还没有绑定身份", (await water.SayAsync("我的任务")).Texts());
        Assert.Contains("您牵头的任务 3 项", (await farming.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task At_the_which_person_choice_a_part_of_one_choice_picks_it_and_a_sentence_ends_the_choice()
    {
        var farming = await PersonAsync("王五", "旗农牧局");
        var water = await PersonAsync("王五", "旗水利局");
        var office = await BoundChatAsync(MemberRole.Office);
        await office.SayAsync("解除绑定 王五");

        Assert.Contains("确定解除 王五（旗水利局", (await office.SayAsync("水利局")).Texts());
        await office.SayAsync("解除绑定 王五");
        var replies = (await office.SayAsync("算了今天先不弄了")).Texts();

        Assert.Contains("抱歉，我没听懂", replies);
        Assert.DoesNotContain("请从以下选项中选择一项", replies);
        Assert.Contains("您牵头的任务 3 项", (await farming.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task Two_people_of_a_unit_get_a_reminder_each_and_a_revoked_one_gets_no_more()
    {
        var zhang = await PersonAsync("张三", "苏里格经济开发区");
        var li = await PersonAsync("李四", "苏里格经济开发区");
        var office = await BoundChatAsync(MemberRole.Office);
        At(2025, 7, 7, 9, 0);
        await RunAsync(ReminderJob.Weekly);
        Assert.Contains("本周调度（第28周", Assert.Single(Proactive(zhang)).Text);
        Assert.Contains("本周调度（第28周", Assert.Single(Proactive(li)).Text);

        await office.SayAsync("解除绑定 张三");
        await office.SayAsync("是");
        At(2025, 7, 14, 9, 0);
        await RunAsync(ReminderJob.Weekly);

        Assert.Single(Proactive(zhang));
        Assert.Contains("本周调度（第29周", Proactive(li)[^1].Text);
    }

    [Theory]
    [InlineData("人员")]
    [InlineData("解除绑定 李四")]
    public async Task A_unit_cannot_list_people_or_revoke(string ask)
    {
        var zhang = await PersonAsync("张三", "旗农牧局");
        var li = await PersonAsync("李四", "旗农牧局");

        Assert.Contains("仅供政府办督查室使用", (await zhang.SayAsync(ask)).Texts());
        Assert.Contains("您牵头的任务 3 项", (await li.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task Unbinding_oneself_asks_first_and_no_keeps_the_binding()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = await chat.SayAsync("解绑");
        Assert.Contains("确定要解除您在本渠道的绑定吗", asked.Texts());
        Assert.Equal(["是", "否"], asked.Buttons());
        Assert.Contains("绑定保留", (await chat.SayAsync("否")).Texts());
        Assert.Contains("您牵头的任务 3 项", (await chat.SayAsync("我的任务")).Texts());

        await chat.SayAsync("解绑");
        Assert.Contains("已解除绑定", (await chat.SayAsync("是")).Texts());
        Assert.Contains("还没有绑定身份", (await chat.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task In_English_people_revoke_and_unbind_answer_in_English()
    {
        await PersonAsync("Zhang San", "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        Assert.Contains("- Zhang San (test) | last active 2025-07-01 09:00", (await office.SayAsync("people")).Texts());
        Assert.Contains("Remove the binding of Zhang San (旗农牧局, test)?", (await office.SayAsync("revoke Zhang San")).Texts());
        Assert.Contains("The binding of Zhang San (旗农牧局, test) is removed.", (await office.SayAsync("yes")).Texts());
        Assert.Contains("Unbind yourself on this channel?", (await office.SayAsync("unbind")).Texts());
        Assert.Contains("you stay bound", (await office.SayAsync("no")).Texts());
    }

    /// <summary>A unit's reporter bound under a display name of their own.</summary>
    private async Task<Chat> PersonAsync(string name, string unit)
    {
        var chat = NewChat();
        var bind = chat.Message("绑定 " + await InviteAsync(MemberRole.UnitReporter, unit));
        bind.From!.Name = name;
        Assert.Contains("报送人", (await chat.SendAsync(bind)).Texts());
        return chat;
    }
}

public sealed class SqlitePeopleTests(PostgresServer postgres) : PeopleTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlPeopleTests(PostgresServer postgres) : PeopleTests(postgres, StorageProvider.PostgreSql);
