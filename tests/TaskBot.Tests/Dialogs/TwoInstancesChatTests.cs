using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Data.Conversations;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// One conversation whose messages reach two TaskBot instances on one store, as behind a load balancer: an instance
/// answers a step from the state it kept (PostgreSQL), so each must notice what the other did meanwhile — an answer
/// taken, a message already handled, a binding revoked.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class TwoInstancesChatTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private BotHost _to = null!;

    [Fact]
    public async Task A_report_whose_answers_alternate_between_two_instances_keeps_every_answer()
    {
        await using var other = await StartInstanceAsync();
        var chat = await ChatAsync("旗农牧局");
        string[] answers = ["汇报第11项", "正常推进", "完成土地平整2.3万亩", "5.1万亩", "部分地块灌溉水源未落实", "加快推进灌溉配套"];
        for (var i = 0; i < answers.Length; i++) await SayAsync(i / 2 % 2 == 0 ? Bot : other, chat, answers[i]);

        var readBack = (await SayAsync(other, chat, "协调水利局落实水源")).Texts();
        Assert.Contains("完成土地平整2.3万亩", readBack);
        Assert.Contains("完成情况：5.1万亩 (62.2%)", readBack);
        Assert.Contains("部分地块灌溉水源未落实", readBack);
        Assert.Contains("需协调事项：协调水利局落实水源", readBack);

        Assert.Contains("已提交第11项", (await SayAsync(Bot, chat, "是")).Texts());
        var report = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync());
        Assert.Equal((ReportStatus.OnSchedule, "5.1万亩"), (report.Status, report.CurrentValue));
    }

    [Fact]
    public async Task An_answer_delivered_again_to_the_same_instance_and_to_the_other_is_taken_once()
    {
        await using var other = await StartInstanceAsync();
        var chat = await ChatAsync("旗农牧局");
        await SayAsync(Bot, chat, "汇报第11项");
        await SayAsync(Bot, chat, "正常推进");
        var progress = chat.Message("完成土地平整2.3万亩");
        var completion = chat.Message("5.1万亩");

        var asked = await SendAsync(other, chat, progress);
        await SendAsync(Bot, chat, progress); // the instance that kept the state from before it
        await SendAsync(other, chat, progress);
        var next = await SendAsync(Bot, chat, completion);
        await SendAsync(Bot, chat, completion); // on the state it has just kept
        await SendAsync(other, chat, completion);

        Assert.Contains("目标为 8.2万亩", asked.Texts());
        Assert.Equal(asked.Count, Peer.RepliesTo(progress.Id!).Count);
        Assert.Contains("存在哪些问题", next.Texts());
        Assert.Equal(next.Count, Peer.RepliesTo(completion.Id!).Count);
        Assert.Contains("下步", (await SayAsync(other, chat, "部分地块灌溉水源未落实")).Texts());
    }

    [Fact]
    public async Task A_confirmation_handled_by_the_other_instance_and_delivered_again_to_the_one_that_kept_the_state_saves_one_report()
    {
        await using var other = await StartInstanceAsync();
        var chat = await ChatAsync("旗农牧局");
        await SayAsync(Bot, chat, "汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无");
        var yes = chat.Message("是");

        var saved = await SendAsync(other, chat, yes);
        await SendAsync(Bot, chat, yes); // its first read, which takes the conversation, finds the activity handled

        Assert.Contains("已提交第11项", saved.Texts());
        Assert.Equal(saved.Count, Peer.RepliesTo(yes.Id!).Count);
        Assert.Equal(1, await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().CountAsync()));
    }

    [Fact]
    public async Task A_person_revoked_on_one_instance_between_two_messages_is_not_bound_on_the_other()
    {
        await using var other = await StartInstanceAsync();
        var zhang = await ChatAsync("旗农牧局", "张三");
        await SayAsync(Bot, zhang, "我的任务");
        Assert.Contains("您牵头的任务 3 项", (await SayAsync(Bot, zhang, "我的任务")).Texts());
        var office = await BoundChatAsync(MemberRole.Office);

        await SayAsync(other, office, "解除绑定 张三");
        await SayAsync(other, office, "是");

        Assert.Contains("还没有绑定身份", (await SayAsync(Bot, zhang, "我的任务")).Texts());
    }

    /// <summary>A conversation of a unit's reporter whose messages go wherever the test sends them.</summary>
    protected async Task<Chat> ChatAsync(string unit, string name = "联络员")
    {
        var chat = new Chat(() => _to.Client, Peer, Guid.NewGuid().ToString("N"), userName: name);
        Assert.Contains("报送人", (await SayAsync(Bot, chat, "绑定 " + await InviteAsync(MemberRole.UnitReporter, unit))).Texts());
        return chat;
    }

    protected Task<IReadOnlyList<Activity>> SayAsync(BotHost to, Chat chat, string text) => SendAsync(to, chat, chat.Message(text));

    private Task<IReadOnlyList<Activity>> SendAsync(BotHost to, Chat chat, Activity activity)
    {
        _to = to;
        return chat.SendAsync(activity);
    }
}

public sealed class SqliteTwoInstancesChatTests(PostgresServer postgres) : TwoInstancesChatTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlTwoInstancesChatTests(PostgresServer postgres) : TwoInstancesChatTests(postgres, StorageProvider.PostgreSql)
{
    private readonly HeldCommit _held = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IInterceptor>(_held);
    }

    // Only PostgreSQL keeps a conversation's state in the process, so only there can a turn find it stale and run again.
    [Fact]
    public async Task A_message_sent_while_the_one_before_runs_again_is_answered_after_it()
    {
        await using var other = await StartInstanceAsync();
        var chat = await ChatAsync("旗农牧局");
        await SayAsync(Bot, chat, "汇报第11项");
        await SayAsync(Bot, chat, "正常推进");
        await SayAsync(other, chat, "完成土地平整2.3万亩"); // what Bot kept is now stale

        _held.Arm();
        var completion = SayAsync(Bot, chat, "5.1万亩");
        await _held.Reached;
        var problems = SayAsync(Bot, chat, "部分地块灌溉水源未落实");
        var gates = Bot.Services.GetRequiredService<ConversationGates>();
        await Poll.UntilAsync(() => Task.FromResult(gates.InFlight("test", chat.ConversationId) == 2), TimeSpan.FromSeconds(30),
            "the second message to wait for the first");
        _held.Release();

        Assert.Contains("存在哪些问题", (await completion).Texts());
        Assert.Contains("下步", (await problems).Texts());
        await SayAsync(Bot, chat, "加快推进灌溉配套");
        var readBack = (await SayAsync(Bot, chat, "无")).Texts();
        Assert.Contains("完成情况：5.1万亩 (62.2%)", readBack);
        Assert.Contains("部分地块灌溉水源未落实", readBack);
    }

    /// <summary>Holds the first commit of a turn on a kept state, once armed, until released.</summary>
    private sealed class HeldCommit : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Reached => _reached.Task;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public void Release() => _released.SetResult();

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.EndsWith("COMMIT", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _reached.SetResult();
                await _released.Task;
            }
            return result;
        }
    }
}
