using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>The office's setting Supervision:SupportingUnits = EveryPeriod: supporting units are asked every period too,
/// after their own tasks.</summary>
[Collection(TestCollections.Reminders)]
public abstract class SupportingUnitsEveryPeriodTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    protected override void Configure(TestStore store)
    {
        store.With("Supervision:SupportingUnits", "EveryPeriod");
        base.Configure(store);
    }

    [Fact]
    public async Task A_unit_with_many_tasks_gets_its_own_first_a_count_of_the_rest_and_a_handful_of_buttons()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局"); // leads 3, supports 41 through 旗直各部门

        await RunAsync(ReminderJob.Weekly, now: true);

        var reminder = Assert.Single(Proactive(unit));
        Assert.Contains("旗农牧局有 44 项任务本期待报送", reminder.Text);
        Assert.Contains("- #11 高质量推进8.2万亩高标准农田建设（时限 2025-12-31）\n- #22 ", reminder.Text);
        Assert.Contains("- #1 ", reminder.Text);
        Assert.Contains("（配合，时限 2025-12-31）", reminder.Text);
        Assert.Contains("另有 24 项未列出，发送「我的任务」可逐页查看", reminder.Text);
        Assert.Equal(["汇报 11", "汇报 22", "汇报 33", "汇报 1", "汇报 2", "汇报 3"], new[] { reminder }.Buttons());
        Assert.True(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(reminder).Length < 28 * 1024);
    }

    [Fact]
    public async Task No_change_for_many_tasks_names_the_first_of_them_and_counts_the_rest()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局"); // 44 tasks owed, none reported

        var replies = (await chat.SayAsync("无变化")).Texts();

        Assert.Contains("请逐项汇报：#11、#22、#33、#1、#2、", replies);
        Assert.Contains("（另有 24 项）", replies);
    }
}

public sealed class SqliteSupportingUnitsEveryPeriodTests(PostgresServer postgres)
    : SupportingUnitsEveryPeriodTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlSupportingUnitsEveryPeriodTests(PostgresServer postgres)
    : SupportingUnitsEveryPeriodTests(postgres, StorageProvider.PostgreSql);
