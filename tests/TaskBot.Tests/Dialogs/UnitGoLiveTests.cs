using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// The 2025 plan live since 1 January; 旗农牧局 (lead unit of task 11) is first bound on Tuesday 1 July: it is not
/// behind for the 25 weeks before it had anyone in TaskBot, only for the weeks from its binding on.
/// </summary>
[Collection(TestCollections.Prompts)]
public abstract class UnitGoLiveTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task A_unit_bound_mid_year_has_missed_no_period_on_the_day()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        Assert.Contains("连续 25 期未报送", Line((await leader.SayAsync("我牵头的任务有哪些滞后了？")).Texts(), "**#11**"));

        await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var behind = (await leader.SayAsync("我牵头的任务有哪些滞后了？")).Texts();
        Assert.DoesNotContain("期未报送", Line(behind, "**#11**"));
        Assert.Contains("连续 25 期未报送", Line(behind, "**#19**"));
        Clock.Advance(TimeSpan.FromDays(14));
        Assert.Contains("连续 1 期未报送", Line((await leader.SayAsync("我牵头的任务有哪些滞后了？")).Texts(), "**#11**"));
    }

    [Fact]
    public async Task A_unit_bound_mid_year_has_missed_no_period_on_the_day_in_english()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐", "en-US");
        await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");

        var behind = (await leader.SayAsync("which of my tasks are behind?")).Texts();

        Assert.DoesNotContain("no report for", Line(behind, "**#11**"));
        Assert.Contains("no report for 25 period(s)", Line(behind, "**#19**"));
    }

    // The line of the list about one task; empty when the task is not listed.
    private static string Line(string text, string task) =>
        text.Split('\n').FirstOrDefault(l => l.Contains(task, StringComparison.Ordinal)) ?? "";
}

public sealed class SqliteUnitGoLiveTests(PostgresServer postgres) : UnitGoLiveTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlUnitGoLiveTests(PostgresServer postgres) : UnitGoLiveTests(postgres, StorageProvider.PostgreSql);
