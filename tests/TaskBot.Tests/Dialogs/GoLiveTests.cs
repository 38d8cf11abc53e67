using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// The 2025 乌审旗 plan imported on Tuesday 1 July 2025 (week 27), as an office would on the day it starts with
/// TaskBot: nothing is unreported before that day.
/// </summary>
[Collection(TestCollections.People)]
public abstract class GoLiveTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    // Its own import on the test clock's day, into a migrated store: not on top of the seed the base class starts from.
    protected override string TemplateKey => StoreTemplates.Migrated;

    protected override void Configure(TestStore store) =>
        Assert.Equal(0, Shell.RunAsync(store, Clock, "import", RepoFiles.Seed("000_bd77716a55a06823.txt")).GetAwaiter().GetResult().ExitCode);

    [Fact]
    public async Task On_import_day_no_task_is_behind_for_want_of_reports()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("哪些任务滞后")).Texts();

        Assert.DoesNotContain("期未报送", text);
    }

    [Fact]
    public async Task On_import_day_a_leader_hears_nothing_is_behind_not_that_everything_is_on_schedule()
    {
        var chat = await BoundChatAsync(MemberRole.Leader, "康锐");

        var text = (await chat.SayAsync("我分管的哪些滞后了 为啥")).Texts();

        Assert.Contains("项任务目前没有滞后。", text);
        Assert.DoesNotContain("正常推进", text);
    }

    [Fact]
    public async Task On_import_day_nothing_is_unreported_in_English_either()
    {
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        var text = (await office.SayAsync("which tasks are behind")).Texts();

        Assert.DoesNotContain("no report for", text);
    }

    [Fact]
    public async Task A_week_after_the_import_weeks_count_from_go_live_not_from_january()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Clock.Advance(TimeSpan.FromDays(14));

        var text = (await office.SayAsync("哪些任务滞后")).Texts();

        Assert.Contains("连续 1 期未报送", text);
        Assert.DoesNotContain("连续 2 期未报送", text);
    }
}

public sealed class SqliteGoLiveTests(PostgresServer postgres) : GoLiveTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlGoLiveTests(PostgresServer postgres) : GoLiveTests(postgres, StorageProvider.PostgreSql);
