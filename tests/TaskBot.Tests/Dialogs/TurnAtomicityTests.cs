using Microsoft.EntityFrameworkCore;
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

    // One attempt: the Connector's backoff waits on the test's clock, and a refused reply is the case here.
    protected override void Configure(TestStore store) => store.With("Bot:SendAttempts", "1");

    [Fact]
    public async Task A_turn_that_fails_after_the_bot_answered_is_handled_again_when_the_channel_retries_it()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var start = chat.Message("汇报 11");
        _failure.Text = "汇报 11";

        // The in-memory server hands the failure to the caller, where a real one answers 500.
        await Assert.ThrowsAsync<InvalidOperationException>(() => chat.PostAsync(BotFramework.Schema.ActivityJson.Serialize(start)));

        // The failed turn's question never left (replies go after the commit); the retry asks it.
        var asked = await chat.SendAsync(start);
        Assert.Equal(["正常推进", "已完成", "滞后", "未启动"], asked.Buttons());
        Assert.Contains("请简要说明本期进展情况", (await chat.SayAsync("正常推进")).Texts());
    }

    [Fact]
    public async Task A_reply_the_channel_refuses_after_the_report_is_saved_waits_in_the_outbox_and_a_retry_saves_nothing_twice()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("请核对", (await chat.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无")).Texts());
        var yes = chat.Message("是");
        Peer.Answer(502);

        await chat.SendAsync(yes);
        await chat.SendAsync(yes);

        Assert.Equal(1, await ReportCountAsync());
        var waiting = await Bot.WithScopeAsync(sp => sp.Db().Set<Data.Outbox.OutboxRecord>().Where(m => m.Kind == "Reply").ToListAsync());
        Assert.Contains("已提交第11项", Assert.Single(waiting).Payload);
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
