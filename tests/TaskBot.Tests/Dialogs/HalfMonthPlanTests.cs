using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// Seed 002 (鄂托克旗, 每周一调度，半月一报告) supervised this year: imported with --year 2026 on Thursday 3 December 2026.
/// Its units report half-monthly, and periods read as people say them.
/// </summary>
[Collection(TestCollections.Views)]
public abstract class HalfMonthPlanTests(PostgresServer postgres, StorageProvider provider) : Seed002TestBase(postgres, provider)
{
    [Fact]
    public async Task The_office_is_told_the_half_month_in_chinese()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        Assert.Contains("本期（12月上半月）尚未报送完毕的单位", (await office.SayAsync("未报送")).Texts());
        Assert.Contains("本期 12月上半月", (await office.SayAsync("通报")).Texts());
    }

    [Fact]
    public async Task The_office_is_told_the_half_month_in_english()
    {
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        Assert.Contains("this period (first half of December)", (await office.SayAsync("not reported")).Texts());
    }

    [Fact]
    public async Task A_report_is_saved_for_the_half_month_and_its_title_names_the_work()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局");

        Assert.Contains("引进哈林、美渡等知名企业", (await unit.SayAsync("汇报 43")).Texts());
        await unit.SayAsync("取消");
        var saved = await ReportAsync(unit, 43, "正常推进", "50%");

        Assert.Contains("本期（12月上半月）", saved.Texts());
    }

    [Fact]
    public async Task Another_countys_alias_does_not_name_this_countys_unit()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("第67项")).Texts();

        Assert.Contains("生态环境分局", text);
        Assert.DoesNotContain("乌审分局", text);
    }
}

public sealed class SqliteHalfMonthPlanTests(PostgresServer postgres) : HalfMonthPlanTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlHalfMonthPlanTests(PostgresServer postgres) : HalfMonthPlanTests(postgres, StorageProvider.PostgreSql);
