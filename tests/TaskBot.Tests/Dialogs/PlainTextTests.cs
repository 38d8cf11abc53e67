using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// What a reporter types is shown to leaders, the office and the bulletin as the text it is: a Markdown link, an HTML tag,
/// a Teams &lt;at&gt; mention or emphasis never becomes markup, and a spreadsheet formula is kept as typed.
/// Messages are CommonMark, so "shown as text" means every character that would start markup is backslash-escaped.
/// </summary>
[Collection(TestCollections.Prompts)]
public abstract class PlainTextTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private const string Progress = "完成**80%** [详情](http://evil.example) <b>粗</b> <at>康锐</at> =SUM(A1:A9)";
    private const string ProgressShown = @"完成\*\*80%\*\* \[详情\](http://evil.example) \<b\>粗\</b\> \<at\>康锐\</at\> =SUM(A1:A9)";
    private const string Problems = "水源<script>alert(1)</script>未落实\n# 标题 [点我](javascript:alert(1)) =HYPERLINK(\"http://evil.example\") a_b|c~d&amp;";
    private const string ProblemsShown =
        @"水源\<script\>alert(1)\</script\>未落实 # 标题 \[点我\](javascript:alert(1)) =HYPERLINK(""http://evil.example"") a\_b\|c\~d\&amp;";

    [Fact]
    public async Task A_reporter_reads_back_their_own_text_as_typed()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var readBack = (await ReportTypingAsync(unit, confirm: null)).Texts();

        Assert.Contains("- 进展情况：" + ProgressShown + "\n", readBack);
        Assert.Contains("- 存在问题：" + ProblemsShown + "\n", readBack);
    }

    [Fact]
    public async Task A_leader_sees_the_reported_text_as_text_in_the_task_and_among_the_tasks_behind()
    {
        await ReportTypingAsync(await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局"), confirm: "是");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");

        var detail = (await leader.SayAsync("第11项")).Texts();
        var behind = (await leader.SayAsync("哪些任务滞后")).Texts();

        Assert.Contains("｜旗农牧局｜滞后 1万亩 (12.2%)｜" + ProgressShown, detail);
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设：单位自报滞后", behind);
        // The unit's own words, cut to 60 characters before escaping so that no escape is cut in half.
        Assert.Contains(@"（单位反映：水源\<script\>alert(1)\</script\>未落实 # 标题 \[点我\](javascript:alert(1)…）", behind);
    }

    [Fact]
    public async Task The_bulletin_shows_the_reported_problems_as_text()
    {
        await ReportTypingAsync(await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局"), confirm: "是");
        var office = await BoundChatAsync(MemberRole.Office);

        var bulletin = (await office.SayAsync("通报")).Texts();

        Assert.Contains(@"🔴 **#11** 高质量推进8.2万亩高标准农田建设：单位自报滞后；低于序时进度 37.7 个百分点（单位反映：水源\<script\>", bulletin);
        Assert.DoesNotContain("<script>", bulletin);
    }

    [Fact]
    public async Task Answering_no_problems_adds_nothing_to_the_line_of_a_task_behind()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(unit, 7, "滞后", "50%");
        Assert.Contains("**#7** 深入推进园区基础设施建设三年提升行动：单位自报滞后（单位反映：部分地块灌溉水源未落实）", (await unit.SayAsync("哪些任务滞后")).Texts());

        await ReportAsync(unit, 7, "滞后", "50%", problems: "无");

        Assert.Contains("**#7** 深入推进园区基础设施建设三年提升行动：单位自报滞后\n", (await unit.SayAsync("哪些任务滞后")).Texts() + "\n");
    }

    [Fact]
    public async Task Direction_overrides_and_invisible_characters_do_not_reach_a_leader()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "滞后", "1万亩", problems: "资金\u202E已到位\u202C，水\u200B源\u2066未\uFEFF落实\u2069");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");

        var behind = (await leader.SayAsync("哪些任务滞后")).Texts();

        Assert.Contains("（单位反映：资金已到位，水源未落实）", behind);
        Assert.DoesNotContain(behind, c => c is '\u202E' or '\u200B' or '\u2066' or '\uFEFF');
    }

    [Fact]
    public async Task A_family_emoji_keeps_its_joiners()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(unit, 7, "滞后", "50%", problems: "搬迁户👨\u200D👩\u200D👧未安置");

        Assert.Contains("搬迁户👨\u200D👩\u200D👧未安置", (await unit.SayAsync("哪些任务滞后")).Texts());
    }

    [Fact]
    public async Task Text_cut_short_is_cut_between_characters_never_inside_an_emoji()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var problems = new string('水', 59) + "👍🏽👍🏽 还有很多";
        await ReportAsync(unit, 7, "滞后", "50%", problems: problems);

        var behind = (await unit.SayAsync("哪些任务滞后")).Texts();

        Assert.Contains("（单位反映：" + new string('水', 59) + "👍🏽…）", behind);
    }

    private static async Task<IReadOnlyList<BotFramework.Schema.Activity>> ReportTypingAsync(Chat chat, string? confirm)
    {
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("滞后");
        await chat.SayAsync(Progress);
        await chat.SayAsync("1万亩"); // 12.2% at mid-year: red
        await chat.SayAsync(Problems);
        await chat.SayAsync("加快推进灌溉配套");
        var readBack = await chat.SayAsync("无");
        return confirm is null ? readBack : await chat.SayAsync(confirm);
    }
}

public sealed class SqlitePlainTextTests(PostgresServer postgres) : PlainTextTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlPlainTextTests(PostgresServer postgres) : PlainTextTests(postgres, StorageProvider.PostgreSql);
