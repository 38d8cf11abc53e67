using System.Text.RegularExpressions;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// 邀请: the office makes binding codes in chat — for a unit, a leader, the office, or every lead unit and leader
/// not yet bound.
/// </summary>
[Collection(TestCollections.People)]
public abstract partial class InviteTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task The_office_invites_a_unit_by_its_short_name_and_the_code_binds_that_units_reporter()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var said = (await office.SayAsync("邀请 农牧局")).Texts();

        Assert.StartsWith("旗农牧局的绑定码：**", said);
        Assert.Contains("2025-07-08 09:00 前有效，仅可使用一次", said);
        Assert.Contains("绑定成功：您现在是「旗农牧局」的报送人", (await NewChat().SayAsync("绑定 " + Code(said))).Texts());
    }

    [Fact]
    public async Task A_leader_and_a_colleague_in_the_office_are_invited_by_name()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var leader = (await office.SayAsync("邀请 康锐")).Texts();
        var colleague = (await office.SayAsync("邀请：督查室")).Texts();

        Assert.Contains("绑定成功：康锐同志", (await NewChat().SayAsync(Code(leader))).Texts());
        Assert.Contains("政府办督查室身份", (await NewChat().SayAsync("绑定 " + Code(colleague))).Texts());
        Assert.Contains("没有找到单位或牵头领导「张三」", (await office.SayAsync("邀请 张三")).Texts());
    }

    [Fact]
    public async Task Invite_unbound_gives_a_code_for_each_lead_unit_and_leader_nobody_is_bound_for_and_each_code_works()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await BoundChatAsync(MemberRole.Leader, "康锐");

        var said = (await office.SayAsync("邀请 未绑定的单位")).Texts();

        Assert.Contains("尚无人绑定的", said);
        Assert.DoesNotContain("- 旗农牧局：", said);
        Assert.DoesNotContain("康锐（牵头领导）", said);
        var water = Regex.Match(said, @"- 旗水利局：(?<code>[A-Z2-9]{8})").Groups["code"].Value;
        Assert.Contains("绑定成功：您现在是「旗水利局」的报送人", (await NewChat().SayAsync("绑定 " + water)).Texts());
        var lines = said.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains($"尚无人绑定的 {lines} 个牵头单位和领导的绑定码", said);
    }

    [Fact]
    public async Task Only_the_office_makes_codes()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("仅供政府办督查室使用", (await unit.SayAsync("邀请 旗水利局")).Texts());
    }

    [Fact]
    public async Task No_code_is_given_in_a_group_chat()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var inGroup = office.Message("邀请 督查室");
        inGroup.Conversation!.IsGroup = true;

        var said = (await office.SendAsync(inGroup)).Texts();

        Assert.Contains("绑定码不在群里发出", said);
        Assert.Empty(Code(said));
    }

    private static string Code(string said) => BoldCode().Match(said).Groups["code"].Value;

    [GeneratedRegex(@"\*\*(?<code>[A-Z2-9]{8})\*\*")]
    private static partial Regex BoldCode();
}

public sealed class SqliteInviteTests(PostgresServer postgres) : InviteTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlInviteTests(PostgresServer postgres) : InviteTests(postgres, StorageProvider.PostgreSql);
