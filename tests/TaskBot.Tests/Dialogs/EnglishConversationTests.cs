using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>The same conversations for an English-speaking client.</summary>
[Collection(TestCollections.People)]
public abstract class EnglishConversationTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task Bind_list_report_and_ask_what_is_behind_in_english()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        var tasks = (await unit.SayAsync("my tasks")).Texts();
        Assert.Contains("Tasks you lead: 3; tasks you support: 0 (page 1 of 1)", tasks);
        Assert.Contains("41 more task(s) name your unit only through a collective", tasks);
        Assert.Contains("Tasks you lead: 3; tasks you support: 41 (page 1 of 5)", (await unit.SayAsync("my tasks all")).Texts());

        Assert.Equal(["on schedule", "done", "behind", "not started"], (await unit.SayAsync("report 11")).Buttons());
        await unit.SayAsync("on schedule");
        Assert.Contains("The target is 8.2万亩", (await unit.SayAsync("Levelled 23,000 mu")).Texts());
        await unit.SayAsync("1.5");
        await unit.SayAsync("none");
        await unit.SayAsync("irrigation works");
        Assert.Contains("Completion: 1.5万亩 (18.3%)", (await unit.SayAsync("none")).Texts());
        Assert.Contains("Task 11: your report for this period (week 27, 30 Jun – 6 Jul) is submitted", (await unit.SayAsync("yes")).Texts());

        var leader = await BoundChatAsync(MemberRole.Leader, "康锐", "en-US");
        var behind = (await leader.SayAsync("which of my tasks are behind?")).Texts();
        Assert.Contains("As of 2025-07-01, 4 of your 5 tasks are behind", behind);
        Assert.Contains("🔴 **#11** 高质量推进8.2万亩高标准农田建设: 31.6 points below time-proportional progress", behind);
        Assert.Contains("no report for 25 period(s)", behind);
    }

    [Fact]
    public async Task A_field_said_wrong_with_its_right_value_is_corrected_in_english()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        foreach (var answer in new[] { "report 11", "on schedule", "Levelled 23,000 mu", "1.5", "none", "irrigation works", "none" })
            await unit.SayAsync(answer);

        Assert.Contains("Completion: 30%", (await unit.SayAsync("the completion is wrong, it should be 30%")).Texts());
    }

    [Fact]
    public async Task Bad_answers_are_refused_in_english()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办", "en-US");
        await unit.SayAsync("report 1");
        await unit.SayAsync("on schedule");
        await unit.SayAsync("targets split across departments");
        Assert.Contains("Please enter a number from 0 to 100", (await unit.SayAsync("150")).Texts());
        await unit.SayAsync("cancel");
        Assert.Contains("There is no task 99 among yours", (await unit.SayAsync("report 99")).Texts());
    }

    [Fact]
    public async Task The_office_gets_the_bulletin_and_the_unreported_units_in_english()
    {
        var office = await BoundChatAsync(MemberRole.Office, null, "en-US");
        Assert.Contains("By light: 🔴 44.", (await office.SayAsync("bulletin")).Texts());
        Assert.Contains("Units that have not reported on all their tasks this period (week 27, 30 Jun – 6 Jul)",
            (await office.SayAsync("not reported")).Texts());
    }
}

public sealed class SqliteEnglishConversationTests(PostgresServer postgres) : EnglishConversationTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlEnglishConversationTests(PostgresServer postgres) : EnglishConversationTests(postgres, StorageProvider.PostgreSql);
