using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Turns;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>A turn that fails at its very end leaves nothing behind, so the channel's retry of it is handled afresh.</summary>
[Collection(TestCollections.Reporting)]
public abstract class TurnAtomicityTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private readonly FailOnce _failure = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton(_failure);
        services.AddScoped<ITurnMiddleware, FailingMiddleware>();
    }

    [Fact]
    public async Task A_turn_that_fails_after_the_bot_answered_is_handled_again_when_the_channel_retries_it()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var start = chat.Message("汇报 11");
        _failure.Text = "汇报 11";

        // The in-memory server hands the failure to the caller, where a real one answers 500.
        await Assert.ThrowsAsync<InvalidOperationException>(() => chat.PostAsync(BotFramework.Schema.ActivityJson.Serialize(start)));

        // The failed turn's question reached the chat (replies go out at least once); the retry asks it again.
        var asked = await chat.SendAsync(start);
        Assert.Equal(["正常推进", "已完成", "滞后", "未启动", "正常推进", "已完成", "滞后", "未启动"], asked.Buttons());
        Assert.Contains("请简要说明本期进展情况", (await chat.SayAsync("正常推进")).Texts());
    }

    /// <summary>Which message's turn fails, once, after the bot has done its work.</summary>
    private sealed class FailOnce
    {
        public string? Text { get; set; }
    }

    private sealed class FailingMiddleware(FailOnce failure) : ITurnMiddleware
    {
        public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
        {
            await next();
            if (failure.Text is null || turn.Activity.Text != failure.Text) return;
            failure.Text = null;
            throw new InvalidOperationException("the turn fails at its end");
        }
    }
}

public sealed class SqliteTurnAtomicityTests(PostgresServer postgres) : TurnAtomicityTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlTurnAtomicityTests(PostgresServer postgres) : TurnAtomicityTests(postgres, StorageProvider.PostgreSql);
