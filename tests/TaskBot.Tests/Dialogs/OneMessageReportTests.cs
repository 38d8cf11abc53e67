using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// A report in one message, a card or a few answers; the read-back corrected field by field; a draft that survives
/// misunderstandings and interruptions; a new report that starts from the last one.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class OneMessageReportTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private const string WholeReport = "汇报11：正常推进，已完成土地平整5.1万亩，完成约62%，问题：无，下步：加快灌溉配套，协调：无";

    [Fact]
    public async Task A_whole_report_in_one_message_goes_straight_to_the_read_back_and_is_saved_on_the_second_turn()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var readBack = (await chat.SayAsync(WholeReport)).Texts();

        Assert.Contains("- 状态：正常推进\n- 进展情况：已完成土地平整5.1万亩\n- 完成情况：62%\n- 存在问题：无\n- 下步计划：加快灌溉配套\n- 需协调事项：无", readBack);
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
        var report = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync());
        Assert.Equal((ReportStatus.OnSchedule, 62m, "加快灌溉配套"), (report.Status, report.Completion!.Value, report.NextSteps));
    }

    [Fact]
    public async Task A_report_typed_on_a_phone_with_the_bare_number_and_spaces_is_read_clause_by_clause()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await chat.SayAsync("11 本周完成土地平整5.1万亩 进展正常 完成60%左右 没啥问题 下周加快灌溉配套")).Texts();

        Assert.Contains("需要领导协调解决的事项", asked);
        var readBack = (await chat.SayAsync("没有")).Texts();
        Assert.Contains("- 状态：正常推进\n- 进展情况：本周完成土地平整5.1万亩\n- 完成情况：60%\n- 存在问题：没啥问题\n- 下步计划：下周加快灌溉配套", readBack);
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task A_report_run_on_without_commas_is_taken_apart_where_the_completion_problems_and_coordination_begin()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await chat.SayAsync("11 进展顺利完成60%问题是资金缺口较大需要协调财政局")).Texts();

        Assert.Contains("请简要说明本期进展情况", asked);
        Assert.Contains("下步计划是什么", (await chat.SayAsync("完成土地平整5.1万亩")).Texts());
        var readBack = (await chat.SayAsync("加快灌溉配套")).Texts();
        Assert.Contains("- 状态：正常推进\n- 进展情况：完成土地平整5.1万亩\n- 完成情况：60%\n- 存在问题：资金缺口较大\n- 下步计划：加快灌溉配套\n"
            + "- 需协调事项：需要协调财政局", readBack);
    }

    [Theory]
    [InlineData("完成百分之四十", "40%")]
    [InlineData("完成了四成", "40%")]
    [InlineData("完成过半", "50%")]
    public async Task A_completion_given_when_the_progress_is_asked_is_the_completion_and_the_progress_is_asked_again(string said, string completion)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("正常推进");

        var asked = (await chat.SayAsync(said)).Texts();

        Assert.Contains($"已记下完成情况「{completion}」。\n\n请简要说明本期进展情况", asked);
        Assert.Contains("存在哪些问题", (await chat.SayAsync("完成土地平整3.3万亩")).Texts());
        foreach (var answer in new[] { "无", "加快灌溉配套" }) await chat.SayAsync(answer);
        Assert.Contains($"- 进展情况：完成土地平整3.3万亩\n- 完成情况：{completion}\n", (await chat.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task Basically_done_with_a_completion_not_understood_asks_the_completion_then_only_done_or_on_schedule()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("目前完成了多少", (await chat.SayAsync("汇报11 基本完成，完成情况：差不多了，问题：无，下步：验收，协调：无")).Texts());

        var asked = await chat.SayAsync("90%");

        Assert.Contains("是已经全部完成，还是仍在正常推进？", asked.Texts());
        Assert.DoesNotContain("本期进展状态是", asked.Texts());
        Assert.Equal(["已完成", "正常推进"], asked.Buttons());
    }

    [Theory]
    [InlineData("没有需要领导协调解决的事项")]
    [InlineData("暂无需要协调事项")]
    [InlineData("目前不需要协调解决")]
    [InlineData("没")]
    [InlineData("没啥")]
    public async Task No_coordination_said_in_a_whole_sentence_is_none_not_a_request(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office);
        await chat.SayAsync("11 正常推进，完成土地平整5.1万亩，完成60%，问题：无，下步：加快灌溉配套");

        var readBack = (await chat.SayAsync(said)).Texts();
        await chat.SayAsync("是");

        // The words stay as written; nothing goes to a leader as a request.
        Assert.Contains($"- 进展情况：完成土地平整5.1万亩\n- 完成情况：60%\n- 存在问题：无\n- 下步计划：加快灌溉配套\n- 需协调事项：{said}", readBack);
        Assert.Contains("目前没有未办结的协调事项", (await office.SayAsync("协调事项")).Texts());
    }

    [Theory]
    [InlineData("下周协调水利局")]
    [InlineData("没有问题")]
    public async Task An_answer_that_only_reads_like_another_field_is_the_answer_to_the_question_asked(string said)
    {
        var chat = await AtTheCoordinationQuestionAsync();

        // Asked 有没有需要领导协调解决的事项: 下周… reads like next steps and 没有问题 like problems, but names neither.
        var replies = (await chat.SayAsync(said)).Texts();

        Assert.DoesNotContain("已将", replies);
        Assert.Contains($"- 存在问题：资金缺口较大\n- 下步计划：落实灌溉水源\n- 需协调事项：{said}", replies);
    }

    [Fact]
    public async Task Next_week_said_in_english_at_the_coordination_question_is_the_coordination()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        foreach (var answer in new[] { "report 11", "on schedule", "levelled 23,000 mu", "62%", "funding gap", "secure irrigation water" })
            await chat.SayAsync(answer);

        var replies = (await chat.SayAsync("next week the water bureau must release the quota")).Texts();

        Assert.DoesNotContain("Changed", replies);
        Assert.Contains("- Next steps: secure irrigation water\n- Needs coordination: next week the water bureau must release the quota", replies);
    }

    [Fact]
    public async Task Next_periods_trouble_given_as_the_problem_is_the_problem_and_next_steps_are_asked()
    {
        var chat = await AtTheProblemsQuestionAsync();

        var asked = (await chat.SayAsync("下阶段灌溉用水缺口较大")).Texts();

        Assert.Contains("下步计划是什么", asked);
        await chat.SayAsync("落实灌溉水源");
        Assert.Contains("- 存在问题：下阶段灌溉用水缺口较大\n- 下步计划：落实灌溉水源\n- 需协调事项：无", (await chat.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task Next_week_given_for_what_was_done_is_the_next_steps_and_the_progress_is_asked_again()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报11");
        await chat.SayAsync("正常推进");

        var asked = (await chat.SayAsync("下周开始灌溉配套招标")).Texts();

        Assert.Contains("请简要说明本期进展情况", asked);
        foreach (var answer in new[] { "完成土地平整2.3万亩", "5.1万亩", "无" })
            await chat.SayAsync(answer);
        Assert.Contains("- 下步计划：下周开始灌溉配套招标\n- 需协调事项：无", (await chat.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task A_field_named_at_another_question_fills_that_field_and_says_what_it_replaced()
    {
        var chat = await AtTheCoordinationQuestionAsync();

        var replies = (await chat.SayAsync("下步：下周协调水利局")).Texts();

        Assert.Contains("已将下步计划改为「下周协调水利局」（原为「落实灌溉水源」）", replies);
        Assert.Contains("有没有需要领导协调解决的事项", replies);
    }

    [Fact]
    public async Task A_field_named_at_another_question_for_the_first_time_is_said_to_be_noted_in_the_question_asked_again()
    {
        var chat = await AtTheProblemsQuestionAsync();

        var replies = await chat.SayAsync("下步：加快灌溉配套");

        // One message: what was noted, then the question still open (found in an office trial: it came back as if unread).
        Assert.Single(replies);
        Assert.Contains("已记下下步计划「加快灌溉配套」。", replies.Texts());
        Assert.Contains("存在哪些问题？", replies.Texts());
        // A completion given before and named again is said to be replaced, as a text field is.
        Assert.Contains("已将完成情况改为「70%」（原为「5.1万亩 (62.2%)」）。",
            (await (await AtTheProblemsQuestionAsync()).SayAsync("完成率：70%")).Texts());
    }

    [Fact]
    public async Task A_problem_run_on_into_a_coordination_request_answers_the_problems_question_and_the_coordination()
    {
        var chat = await AtTheProblemsQuestionAsync();

        var asked = (await chat.SayAsync("资金缺口较大需要协调财政局")).Texts();

        // What comes before 需要协调 answers the question asked, not the progress written two turns ago.
        Assert.DoesNotContain("已将", asked);
        Assert.Contains("下步计划是什么", asked);
        Assert.Contains("- 进展情况：完成土地平整2.3万亩\n- 完成情况：5.1万亩 (62.2%)\n- 存在问题：资金缺口较大\n- 下步计划：落实灌溉水源\n"
            + "- 需协调事项：需要协调财政局", (await chat.SayAsync("落实灌溉水源")).Texts());
    }

    [Fact]
    public async Task A_whole_report_in_one_message_still_splits_where_next_week_begins()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await chat.SayAsync("11 正常推进，完成60%，问题：无，下周继续推进")).Texts();

        Assert.Contains("请简要说明本期进展情况", asked);
        await chat.SayAsync("完成土地平整2.3万亩");
        Assert.Contains("- 存在问题：无\n- 下步计划：下周继续推进\n- 需协调事项：无", (await chat.SayAsync("无")).Texts());
    }

    private async Task<Chat> AtTheProblemsQuestionAsync()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        foreach (var answer in new[] { "汇报11", "正常推进", "完成土地平整2.3万亩", "5.1万亩" })
            await chat.SayAsync(answer);
        return chat;
    }

    private async Task<Chat> AtTheCoordinationQuestionAsync()
    {
        var chat = await AtTheProblemsQuestionAsync();
        foreach (var answer in new[] { "资金缺口较大", "落实灌溉水源" })
            await chat.SayAsync(answer);
        return chat;
    }

    [Fact]
    public async Task Progress_words_that_hold_问题有_are_progress_not_problems()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var readBack = (await chat.SayAsync("11 正常推进，信访问题有效化解，完成60%，问题：无，下步：加快灌溉配套，协调：无")).Texts();

        Assert.Contains("- 进展情况：信访问题有效化解\n", readBack);
        Assert.Contains("- 存在问题：无", readBack);
    }

    [Theory]
    [InlineData("11和12都是正常推进 完成70%", "正常推进 完成70%", "请简要说明本期进展情况")]
    [InlineData("11、12号无变化", "无变化", "还没有报送过")]
    public async Task A_message_about_several_tasks_is_handed_back_per_task_with_what_was_typed(string said, string body, string firstAnswer)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var replies = await chat.SayAsync(said);

        Assert.Contains("#11、#12", replies.Texts());
        Assert.Equal([$"11 {body}", $"12 {body}"], replies.Values());
        Assert.Contains(firstAnswer, (await chat.SayAsync(replies.Values()[0])).Texts());
    }

    [Theory]
    [InlineData("2和3号楼已完工")]
    [InlineData("1、2号井已通水，进展正常")]
    [InlineData("本周完成土地平整5.1万亩，进展正常")]
    public async Task Progress_written_without_a_task_number_is_offered_for_each_task_the_unit_owes(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var replies = await chat.SayAsync(said);

        Assert.Contains("这是哪项任务的进展", replies.Texts());
        Assert.DoesNotContain("几项任务", replies.Texts());  // 2和3号楼 numbers buildings, not tasks 2 and 3
        Assert.All(replies.Values(), v => Assert.EndsWith(" " + said, v));
        Assert.Contains("#11 ", replies.Buttons()[0]);
        Assert.Equal("11 " + said, replies.Values()[0]);
        var started = (await chat.SayAsync(replies.Values()[0])).Texts();
        Assert.DoesNotContain("没听懂", started);
        Assert.DoesNotContain("这是哪项任务", started);
        Assert.Matches("存在哪些问题|完成了多少", started);  // #11's report goes on to what the message did not say
    }

    [Theory]
    [InlineData("11")]
    [InlineData("第11项")]
    [InlineData("＃１１")]
    public async Task The_task_number_typed_instead_of_pressing_its_button_sends_what_the_button_sends(string typed)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("这是哪项任务的进展", (await chat.SayAsync("本周完成土地平整5.1万亩，进展正常")).Texts());

        var started = (await chat.SayAsync(typed)).Texts();

        Assert.DoesNotContain("牵头领导", started);  // not #11's detail
        Assert.Matches("存在哪些问题|完成了多少", started);
        Assert.Contains("牵头领导", (await chat.SayAsync("取消")).Texts() + (await chat.SayAsync("11")).Texts());  // once only
    }

    [Fact]
    public async Task A_number_not_among_the_task_buttons_still_shows_that_task()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var offered = await chat.SayAsync("本周完成土地平整5.1万亩，进展正常");
        Assert.DoesNotContain(offered.Values(), v => v.StartsWith("40 ", StringComparison.Ordinal));

        Assert.Contains("牵头领导", (await chat.SayAsync("40")).Texts());
    }

    [Theory]
    [InlineData("谢谢")]
    [InlineData("好的收到")]
    public async Task A_message_that_reads_as_no_report_is_still_not_understood(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("没听懂", (await chat.SayAsync(said)).Texts());
    }

    [Fact]
    public async Task Another_task_said_to_be_the_same_while_a_report_is_written_is_read_back_with_its_answers_once_that_report_is_sent()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("正常推进");

        var noted = (await chat.SayAsync("33号同上")).Texts();

        Assert.Contains("第33项同第11项", noted);
        Assert.Contains("请简要说明本期进展情况", noted);
        foreach (var answer in new[] { "完成土地平整2.3万亩", "50%", "无", "加快推进" }) await chat.SayAsync(answer);
        Assert.Contains("- 进展情况：完成土地平整2.3万亩", (await chat.SayAsync("无")).Texts());
        var sent = (await chat.SayAsync("是")).Texts();
        Assert.Contains("已提交第11项", sent);
        Assert.Contains("请核对第33项", sent);
        Assert.Contains("- 状态：正常推进\n- 进展情况：完成土地平整2.3万亩\n- 完成情况：50%\n- 存在问题：无\n- 下步计划：加快推进", sent);
        Assert.Contains("已提交第33项", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task Another_task_said_to_be_the_same_just_after_a_report_was_sent_is_read_back_with_that_reports_answers()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("本期还没有报过别的任务", (await chat.SayAsync("33号同上")).Texts());
        await chat.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无");
        await chat.SayAsync("是");

        var readBack = (await chat.SayAsync("33号同上")).Texts();

        Assert.Contains("第33项按第11项本期已报的内容填写", readBack);
        Assert.Contains("请核对第33项", readBack);
        Assert.Contains("- 状态：正常推进\n- 进展情况：完成土地平整2.3万亩\n- 完成情况：50%\n- 存在问题：无\n- 下步计划：加快推进", readBack);
        Assert.Contains("已提交第33项", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task Another_task_said_to_be_the_same_is_asked_its_own_completion_when_this_one_was_an_amount_of_its_target()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("正常推进");
        await chat.SayAsync("33号同上");
        foreach (var answer in new[] { "完成土地平整5.1万亩", "5.1", "无", "加快推进" }) await chat.SayAsync(answer);
        Assert.Contains("- 完成情况：5.1万亩 (62.2%)", (await chat.SayAsync("无")).Texts());  // of #11's 8.2万亩

        var sent = (await chat.SayAsync("是")).Texts();

        Assert.Contains("已提交第11项", sent);
        Assert.DoesNotContain("请核对第33项", sent);
        Assert.Matches("完成了多少|本任务有多个目标", sent);  // #33's own completion question
    }

    [Fact]
    public async Task A_count_finished_is_not_the_task_done()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await chat.SayAsync("11 高标准农田已完工5万亩 问题无 下步继续推进 协调无")).Texts();

        Assert.Contains("本期进展状态是", asked);
        Assert.DoesNotContain("状态：已完成", asked);
    }

    [Theory]
    [InlineData("zh-CN", "11 一期工程已全部完成，完成60%，问题：无，下步：二期，协调：无", "是已经全部完成，还是仍在正常推进")]
    [InlineData("en-US", "report 11: phase one fully done, 60% done, problems: none, next steps: phase two, coordination: none",
        "Is it completely done, or still on schedule")]
    public async Task Done_said_in_a_sentence_against_a_completion_below_100_is_asked_not_taken(string locale, string said, string question)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", locale);

        var asked = (await chat.SayAsync(said)).Texts();

        Assert.Contains(question, asked);
        Assert.Contains(locale == "zh-CN" ? "- 状态：正常推进" : "- Status: on schedule",
            (await chat.SayAsync(locale == "zh-CN" ? "正常推进" : "on schedule")).Texts());
    }

    [Theory]
    [InlineData("en-US", "report 11: on schedule, irrigation tender opened, 30% done, problems: none, next steps: irrigation, coordination: none",
        "yes", "zh-CN", "哪些任务滞后", "单位反映")]
    [InlineData("zh-CN", "汇报11：正常推进，灌溉招标已开标，完成30%，问题：没有，下步：灌溉配套，协调：无", "是", "en-US", "which tasks are behind", "the unit reports")]
    public async Task No_problems_said_in_one_language_is_no_problem_to_a_reader_of_the_other(
        string unitLocale, string report, string yes, string leaderLocale, string ask, string problemsShown)
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", unitLocale);
        await unit.SayAsync(report);
        await unit.SayAsync(yes);
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐", leaderLocale);

        var behind = (await leader.SayAsync(ask)).Texts();

        Assert.Contains("**#11**", behind);
        Assert.DoesNotContain(problemsShown, behind);
    }

    [Fact]
    public async Task A_whole_report_starting_with_a_hash_number_is_read_as_one()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var readBack = (await chat.SayAsync("#11 正常推进 灌溉招标已开标 完成百分之六十 问题：无 下步：加快灌溉配套 协调：无")).Texts();

        Assert.Contains("- 状态：正常推进", readBack);
        Assert.Contains("- 完成情况：60%", readBack);
    }

    [Fact]
    public async Task A_whole_report_with_the_status_right_after_号_is_read_as_one()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        // Taken as #11's report (it was asked which task); 已完成 with an amount may be a step done: the status is asked.
        Assert.Contains("汇报第11项", (await chat.SayAsync("11号已完成 8.2万亩全部建成 问题无 下步：迎接验收 协调：无")).Texts());

        var readBack = (await chat.SayAsync("已完成")).Texts();
        Assert.Contains("请核对第11项", readBack);
        Assert.Contains("- 状态：已完成", readBack);
        Assert.Contains("- 下步计划：迎接验收", readBack);
    }

    [Fact]
    public async Task The_whole_target_reached_beside_the_last_reports_status_asks_the_status_rather_than_carrying_it()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);
        await chat.SayAsync("是");

        var asked = (await chat.SayAsync("11 已完成 8.2万亩全部建成 问题无 下步：迎接验收 协调：无")).Texts();

        Assert.Contains("本期进展状态是", asked);
        Assert.DoesNotContain("同本期已报", asked);
        Assert.Contains("- 状态：已完成", (await chat.SayAsync("已完成")).Texts());
    }

    [Theory]
    [InlineData("11 无变化")]
    [InlineData("11号 没变")]
    public async Task The_bare_number_with_no_change_is_a_no_change_report_not_a_report_saying_no_change(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var replies = (await chat.SayAsync(said)).Texts();

        Assert.StartsWith("以下任务还没有报送过，无法沿用上期内容", replies);
    }

    [Fact]
    public async Task A_report_with_labels_in_any_order_asks_only_for_what_is_missing()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await chat.SayAsync("汇报11：困难：水源未落实，需协调：请水利局配合，有所滞后，已完成土地平整3万亩")).Texts();

        Assert.Contains("下步计划是什么", asked);
        var readBack = (await chat.SayAsync("加快灌溉配套")).Texts();
        Assert.Contains("- 状态：滞后\n- 进展情况：已完成土地平整3万亩\n- 完成情况：3万亩 (36.6%)\n- 存在问题：水源未落实", readBack);
    }

    [Fact]
    public async Task A_remark_about_a_task_is_offered_as_its_report_not_answered_with_the_behind_list()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");

        var replies = (await chat.SayAsync("第7项园区道路工程因疫情影响有所滞后，下周补报")).Texts();

        Assert.Contains("这条记作第7项的本期汇报", replies);
        Assert.Contains("目前完成了多少", replies);
        Assert.DoesNotContain("项滞后", replies);
    }

    [Fact]
    public async Task Basically_done_is_asked_whether_done_or_on_schedule()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await chat.SayAsync("汇报 1");

        var asked = await chat.SayAsync("差不多完成了");

        Assert.Equal(["已完成", "正常推进"], asked.Buttons());
        Assert.Contains("进展情况", (await chat.SayAsync("已完成")).Texts());
    }

    [Fact]
    public async Task A_draft_survives_three_misunderstood_answers_and_an_interruption()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("滞后");
        await chat.SayAsync("水源未落实，土地平整3万亩");
        await chat.SayAsync("不知道");
        await chat.SayAsync("还没统计");
        var kept = await chat.SayAsync("再说吧");
        Assert.Contains("已填写的内容都保留着", kept.Texts());
        Assert.Contains("第11项的汇报还没提交，继续填写吗", kept.Texts());

        var tasks = await chat.SayAsync("我的任务");
        Assert.Contains("您牵头的任务 3 项", tasks.Texts());
        Assert.Contains("第11项的汇报还没提交", tasks.Texts());

        Assert.Contains("目前完成了多少", (await chat.SayAsync("继续")).Texts());
        await chat.SayAsync("3万亩");
        Assert.Contains("下步计划", (await chat.SayAsync("水源")).Texts());
        Assert.Contains("请核对", (await chat.SayAsync("帮助")).Texts() + (await chat.SayAsync("协调水源")).Texts() + (await chat.SayAsync("请水利局协调")).Texts());
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
        var report = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync());
        Assert.Equal((ReportStatus.Behind, "水源未落实，土地平整3万亩", "3万亩"), (report.Status, report.Progress, report.CurrentValue));
    }

    [Fact]
    public async Task Reporting_another_task_meanwhile_keeps_the_first_draft_and_offers_it_after()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await chat.SayAsync("汇报 7");
        await chat.SayAsync("正常推进");

        await chat.SayAsync("汇报21：正常推进，完成60%，问题：无，下步：验收，协调：无，进展：主体完工");
        var saved = (await chat.SayAsync("是")).Texts();

        Assert.Contains("已提交第21项", saved);
        Assert.Contains("第7项的汇报还没提交", saved);
        Assert.Contains("进展情况", (await chat.SayAsync("汇报 7")).Texts());
    }

    [Theory]
    [InlineData("完成比例写错了", "60%")]
    [InlineData("改 完成情况", "60%")]
    [InlineData("否", "完成情况")]
    public async Task The_read_back_is_corrected_one_field_at_a_time(string correction, string then)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);
        await chat.SayAsync(correction);
        var replies = await chat.SayAsync(then);
        if (then == "完成情况") replies = await chat.SayAsync("60%");

        Assert.Contains("- 完成情况：60%\n- 存在问题：无", replies.Texts());
    }

    [Fact]
    public async Task A_field_is_corrected_in_one_line_at_the_read_back()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);

        var readBack = (await chat.SayAsync("改 完成情况 6万亩")).Texts();

        Assert.Contains("- 完成情况：6万亩 (73.2%)", readBack);
        Assert.Contains("- 进展情况：已完成土地平整5.1万亩", readBack);
    }

    [Theory]
    [InlineData("完成比例写错了，应该是65%", "- 完成情况：65%\n- 存在问题：无")]
    [InlineData("问题不对，应为灌溉水源未落实", "- 存在问题：灌溉水源未落实\n")]
    public async Task A_field_said_wrong_with_its_right_value_is_corrected_at_once(string correction, string corrected)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);

        var readBack = (await chat.SayAsync(correction)).Texts();

        Assert.Contains(corrected, readBack);
        Assert.Contains("确认提交吗", readBack);
    }

    [Theory]
    [InlineData("旗农牧局", 11, "完成情况：累计下降5%", "请填写当前完成量（例如 高标准农田8.2万亩")]
    [InlineData("旗政府办公室", 2, "完成情况：截至目前同比增长12%", "「截至目前同比增长12%」是指标的增减幅度")]
    [InlineData("旗政府办公室", 2, "改 完成情况 同比增长12%", "「同比增长12%」是指标的增减幅度")]
    public async Task A_correction_at_the_read_back_that_is_no_completion_is_said_and_the_completion_asked(
        string unit, int task, string correction, string told)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, unit);
        await chat.SayAsync($"汇报{task}：正常推进，工作有序开展，完成约62%，问题：无，下步：继续推进，协调：无");

        var replies = (await chat.SayAsync(correction)).Texts();

        Assert.Contains(told, replies);
        Assert.DoesNotContain("确认提交吗", replies);
        Assert.Contains("- 完成情况：65%\n", (await chat.SayAsync("65%")).Texts());
    }

    [Fact]
    public async Task A_next_weeks_whole_report_whose_completion_is_a_rate_asks_it_instead_of_keeping_last_weeks()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办公室");
        await chat.SayAsync("汇报2：正常推进，工作有序开展，完成约62%，问题：无，下步：继续推进，协调：无");
        await chat.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));

        var replies = (await chat.SayAsync("汇报2：正常推进，完成情况：同比增长12%，问题：无，下步：继续推进，协调：无")).Texts();

        Assert.Contains("「同比增长12%」是指标的增减幅度", replies);
        Assert.DoesNotContain("62%", replies);
        Assert.Contains("- 完成情况：70%\n", (await chat.SayAsync("70%")).Texts());
    }

    [Theory]
    [InlineData(WholeReport)]
    [InlineData("11 正常推进，已完成土地平整5.1万亩，完成约62%，问题：无，下步：加快灌溉配套，协调：无")]
    public async Task The_same_whole_report_sent_again_at_the_read_back_leaves_it_as_it_was(string again)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);

        var readBack = (await chat.SayAsync(again)).Texts();

        Assert.Contains("- 进展情况：已完成土地平整5.1万亩\n", readBack);
        Assert.DoesNotContain("改为", readBack);
        Assert.Contains("确认提交吗", readBack);
    }

    [Theory]
    [InlineData("completion: down 5%")]
    [InlineData("change completion fell 5%")]
    public async Task In_English_a_completion_that_fell_is_asked_not_taken_for_the_work_done(string correction)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        await chat.SayAsync("report 11: on schedule, irrigation tender opened, 62% done, problems: none, next steps: irrigation, coordination: none");

        var replies = (await chat.SayAsync(correction)).Texts();

        Assert.Contains("Please give the amount done so far", replies);
        Assert.DoesNotContain("- Completion: 5%", replies);
        Assert.DoesNotContain("Submit it?", replies);
    }

    [Fact]
    public async Task Labels_written_with_a_space_instead_of_a_colon_on_a_phone_fill_their_fields()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var readBack = (await chat.SayAsync("汇报１１ 正常推进 已完成土地平整５.１万亩 完成约６２％ 问题 无 下步 继续推进剩余工程 协调 无")).Texts();

        Assert.Contains("- 进展情况：已完成土地平整5.1万亩\n- 完成情况：62%\n- 存在问题：无\n- 下步计划：继续推进剩余工程\n- 需协调事项：无", readBack);
    }

    [Fact]
    public async Task A_figure_above_the_target_given_as_a_correction_is_asked_about_not_dropped()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);

        Assert.Contains("您填写的 90 超过了本任务目标", (await chat.SayAsync("改 完成情况 90")).Texts());
        Assert.Contains("- 完成情况：90%\n", (await chat.SayAsync("90%")).Texts());
    }

    [Fact]
    public async Task A_new_report_starts_from_the_units_last_one()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);
        await chat.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));

        var asked = await chat.SayAsync("汇报 11");
        Assert.Contains("上期（第27周，6月30日—7月6日）：正常推进，62%，已完成土地平整5.1万亩", asked.Texts());
        Assert.Equal(["无变化", "有变化"], asked.Buttons());

        var readBack = (await chat.SayAsync("完成情况：70%，问题：水源未落实")).Texts();
        Assert.Contains("- 状态：正常推进（同上期）", readBack);
        Assert.Contains("- 完成情况：70%\n- 存在问题：水源未落实\n", readBack);
        Assert.Contains("本期（第28周，7月7日—7月13日）", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task Reporting_again_in_the_same_period_starts_from_this_periods_report_not_the_last_one()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);
        await chat.SayAsync("是");

        var asked = (await chat.SayAsync("汇报 11")).Texts();
        Assert.Contains("本期（第27周，6月30日—7月6日）已报送：正常推进，62%，已完成土地平整5.1万亩", asked);
        Assert.DoesNotContain("上期", asked);

        var readBack = (await chat.SayAsync("完成情况：70%")).Texts();
        Assert.Contains("- 状态：正常推进（同本期已报）", readBack);
        Assert.DoesNotContain("同上期", readBack);
    }

    [Fact]
    public async Task No_change_since_the_last_report_is_read_back_as_it_was()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);
        await chat.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));
        await chat.SayAsync("汇报 11");

        Assert.Contains("- 完成情况：62%（同上期）", (await chat.SayAsync("无变化")).Texts());
        Assert.Contains("已提交第11项本期（第28周，7月7日—7月13日）", (await chat.SayAsync("是")).Texts());
    }

    [Theory]
    [InlineData("重新填写")]
    [InlineData("全部重填")]
    public async Task Starting_over_at_the_changes_question_asks_every_question_afresh(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync(WholeReport);
        await chat.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));
        await chat.SayAsync("汇报 11");

        Assert.Contains("本期进展状态是", (await chat.SayAsync(said)).Texts());
        Assert.Contains("请简要说明本期进展情况", (await chat.SayAsync("滞后")).Texts());
    }

    [Fact]
    public async Task In_teams_the_report_is_one_card_prefilled_with_the_last_report_and_submitted_once()
    {
        var chat = new Chat(() => Bot.Client, Peer, Guid.NewGuid().ToString("N"), "zh-CN", "msteams");
        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));
        await chat.SayAsync(WholeReport);
        await chat.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));

        var card = (await chat.SayAsync("汇报 11")).SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == Attachment.AdaptiveCard);
        var body = card.Content!["body"]!.AsArray();
        Assert.Equal("加快灌溉配套", body.Single(e => e!["id"]?.GetValue<string>() == "nextSteps")!["value"]!.GetValue<string>());

        var readBack = (await chat.SubmitAsync(new JsonObject
        {
            ["reportForm"] = 11, ["status"] = "Behind", ["progress"] = "已完成土地平整5.5万亩", ["completion"] = "5.5万亩",
            ["problems"] = "水源未落实", ["nextSteps"] = "加快灌溉配套", ["coordination"] = "无",
        })).Texts();

        Assert.Contains("- 状态：滞后\n- 进展情况：已完成土地平整5.5万亩\n- 完成情况：5.5万亩 (67.1%)\n- 存在问题：水源未落实\n- 下步计划：加快灌溉配套（同上期）", readBack);
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task In_teams_a_card_whose_completion_is_a_rate_asks_it_instead_of_keeping_last_weeks()
    {
        var chat = new Chat(() => Bot.Client, Peer, Guid.NewGuid().ToString("N"), "zh-CN", "msteams");
        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗政府办公室"));
        await chat.SayAsync("汇报2：正常推进，工作有序开展，完成约62%，问题：无，下步：继续推进，协调：无");
        await chat.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));
        await chat.SayAsync("汇报 2");

        var replies = (await chat.SubmitAsync(new JsonObject
        {
            ["reportForm"] = 2, ["status"] = "OnSchedule", ["progress"] = "工作有序开展", ["completion"] = "同比增长12%",
            ["problems"] = "无", ["nextSteps"] = "继续推进", ["coordination"] = "无",
        })).Texts();

        Assert.Contains("「同比增长12%」是指标的增减幅度", replies);
        Assert.DoesNotContain("62%", replies);
        Assert.Contains("- 完成情况：70%\n", (await chat.SayAsync("70%")).Texts());
    }

    [Fact]
    public async Task A_command_typed_while_the_help_menu_is_open_runs()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("帮助");

        var replies = (await chat.SayAsync("第11项")).Texts();

        Assert.Contains("**第11项** 高质量推进8.2万亩高标准农田建设", replies);
        Assert.DoesNotContain("请从以下选项中选择", replies);
    }

    [Fact]
    public async Task A_whole_report_in_english_is_read_back_corrected_and_saved()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");

        var readBack = (await chat.SayAsync("report 11: behind, levelled 30,000 mu, about 36% done, problems: water, next steps: irrigation, "
            + "coordination: none")).Texts();
        Assert.Contains("- Status: behind\n- Progress: levelled 30,000 mu\n- Completion: 36%", readBack);

        Assert.Contains("- Completion: 40%\n", (await chat.SayAsync("change completion to 40%")).Texts());
        Assert.Contains("What would you like to change", (await chat.SayAsync("no")).Texts());
        Assert.Contains("Any problems", (await chat.SayAsync("problems")).Texts());
        Assert.Contains("- Problems: no water source yet\n", (await chat.SayAsync("no water source yet")).Texts());
        Assert.Contains("Task 11: your report for this period (week 27, 30 Jun – 6 Jul) is submitted", (await chat.SayAsync("yes")).Texts());
    }

    [Fact]
    public async Task An_english_draft_survives_misunderstandings_and_a_new_report_starts_from_the_last()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办", "en-US");
        await chat.SayAsync("report 1");
        await chat.SayAsync("on schedule");
        await chat.SayAsync("targets split");
        foreach (var answer in new[] { "dunno", "ask later" }) await chat.SayAsync(answer);
        Assert.Contains("Continue it?", (await chat.SayAsync("hmm")).Texts());
        Assert.Contains("How far along", (await chat.SayAsync("continue")).Texts());
        foreach (var answer in new[] { "60%", "none", "keep going", "none" }) await chat.SayAsync(answer);
        await chat.SayAsync("yes");
        Clock.Advance(TimeSpan.FromDays(7));

        Assert.Contains("last time (week 27, 30 Jun – 6 Jul): on schedule, 60%, targets split", (await chat.SayAsync("report 1")).Texts());
        Assert.Contains("- Completion: 60% (as last time)", (await chat.SayAsync("no change")).Texts());
    }
}

public sealed class SqliteOneMessageReportTests(PostgresServer postgres) : OneMessageReportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlOneMessageReportTests(PostgresServer postgres) : OneMessageReportTests(postgres, StorageProvider.PostgreSql);
