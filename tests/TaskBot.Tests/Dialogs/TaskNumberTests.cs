using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>A task number larger than any task (larger than an int, even) is just a task that does not exist.</summary>
[Collection(TestCollections.Prompts)]
public abstract class TaskNumberTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Theory]
    [InlineData("#99999999999")]
    [InlineData("第99999999999项")]
    [InlineData("汇报 99999999999")]
    [InlineData("无变化 99999999999")]
    public async Task A_huge_task_number_is_no_such_task_and_changes_nothing(string ask)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(chat, 11, "正常推进", "5万亩");
        Clock.Advance(TimeSpan.FromDays(7));

        var replies = await chat.SayAsync(ask);

        Assert.Contains("没有找到第99999999999项任务", replies.Texts());
        Assert.Equal(1, await ReportCountAsync());
    }
}

public sealed class SqliteTaskNumberTests(PostgresServer postgres) : TaskNumberTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlTaskNumberTests(PostgresServer postgres) : TaskNumberTests(postgres, StorageProvider.PostgreSql);
