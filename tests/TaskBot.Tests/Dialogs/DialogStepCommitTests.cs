using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// On PostgreSQL a step of a dialog commits without waiting for the disk, and a turn that saves a report waits for it
/// (Storage:AsynchronousDialogSteps): a database crash may take a conversation a question back, never a saved report.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class DialogStepCommitTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private const string NoDiskWait = "synchronous_commit = off";
    private readonly TurnCommands _commands = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IInterceptor>(_commands);
        services.AddSingleton<IStartupFilter>(_commands);
    }

    [Fact]
    public async Task An_answer_to_a_report_question_commits_without_waiting_for_the_disk()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");

        Assert.Contains("请简要说明本期进展情况", (await chat.SayAsync("正常推进")).Texts());

        var told = _commands.Last.Count(c => c.Contains(NoDiskWait, StringComparison.Ordinal));
        Assert.True(told == (Provider == StorageProvider.PostgreSql ? 1 : 0), string.Join("\n---\n", _commands.Last));
    }

    [Fact]
    public async Task Confirming_a_report_waits_for_the_disk()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无");

        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());

        Assert.DoesNotContain(_commands.Last, c => c.Contains(NoDiskWait, StringComparison.Ordinal));
    }
}

public sealed class SqliteDialogStepCommitTests(PostgresServer postgres) : DialogStepCommitTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlDialogStepCommitTests(PostgresServer postgres) : DialogStepCommitTests(postgres, StorageProvider.PostgreSql);
