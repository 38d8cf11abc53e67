using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Documents;
using TaskBot.Domain.Supervision;
using TaskBot.Hosting;
using TaskBot.Plans;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// What a reporting turn costs the database, in round trips: a figure that load does not distort (see the README's
/// benchmarks), held here so that it does not grow again unnoticed. And whether it waits for the disk: on PostgreSQL a
/// step of a dialog does not (Storage:AsynchronousDialogSteps), a turn that saves a report does, so a database crash
/// may take a conversation a question back, never lose a saved report.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class TurnCostTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
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
    public async Task A_step_of_the_report_dialog_costs_few_round_trips()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");

        Assert.Contains("请简要说明本期进展情况", (await chat.SayAsync("正常推进")).Texts());

        // PostgreSQL: the state and the member kept from the turn before, so one command writes the state, marks the
        // activity, keeps the reference and commits. SQLite: mark, state, the member with their unit, the state, the
        // commit. Before: 7 on either store; 4 on PostgreSQL until 2026-12-04, then 2 (read, then write and commit).
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 1 : 6);
    }

    [Fact]
    public async Task Starting_a_report_again_after_one_was_saved_costs_few_round_trips()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无");
        await chat.SayAsync("是");

        Assert.Contains("本期", (await chat.SayAsync("汇报 11")).Texts());

        // PostgreSQL: the plan key with the latest reports, the period's support requests and the tasks awaiting review,
        // and in that command the conversation taken and the state kept since the saved report checked; the files
        // waiting for the report; the state written with the commit. Until 2026-12-04 six: the state read with the
        // activity's mark first (a turn that saved a report kept no state), the plan key and each read on its own.
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 3 : 11);
    }

    [Fact]
    public async Task The_turn_after_binding_reads_its_state_instead_of_running_twice()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("本期进展状态是", (await chat.SayAsync("汇报 11")).Texts());
        // The binding wrote the writer's rows: a state kept with them as they were would be found stale (one failed
        // command, then the turn again). PostgreSQL: the state read with the activity's mark, the new member with
        // their unit, the plan key with the latest reports, the files waiting, the state written with the commit.
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 5 : 11);
    }

    [Fact]
    public async Task A_step_after_another_instance_answered_reads_the_state_again_and_then_costs_one_again()
    {
        await using var other = await StartInstanceAsync();
        var chat = await MovedChatAsync(other, "汇报 11", "正常推进");

        Assert.Contains("目标为 8.2万亩", (await chat.SayAsync("完成土地平整2.3万亩")).Texts());
        // PostgreSQL: the write on the state kept here fails (its version moved), and the turn runs again as one that
        // reads: 2 more, the failed attempt's rollback not counted here.
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 3 : 6);

        // The conversation moved: the next turn here reads (2); once it stays here, the state is kept again (1).
        Assert.Contains("存在哪些问题", (await chat.SayAsync("5.1万亩")).Texts());
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 2 : 6);
        Assert.Contains("下步计划", (await chat.SayAsync("无")).Texts());
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 1 : 6);
    }

    [Fact]
    public async Task Steps_alternating_between_two_instances_stop_running_twice()
    {
        await using var other = await StartInstanceAsync();
        BotHost to = Bot;
        var chat = new Chat(() => to.Client, Peer, Guid.NewGuid().ToString("N"));
        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));
        string[] answers = ["汇报 11", "正常推进", "完成土地平整2.3万亩", "5.1万亩", "无", "加快推进"];
        for (var i = 0; i < answers.Length; i++)
        {
            to = i % 2 == 0 ? Bot : other;
            await chat.SayAsync(answers[i]);
        }

        // A round-robin balancer: once each instance found its kept state stale, neither keeps one for this
        // conversation, and a step reads (2) rather than failing a kept write and running again (3).
        to = Bot;
        Assert.Contains("请核对第11项", (await chat.SayAsync("无")).Texts());
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 2 : 6);
    }

    [Fact]
    public async Task Confirming_a_report_costs_few_round_trips_with_its_assessment_kept()
    {
        await Bot.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(CancellationToken.None);
            return 0;
        });
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无");

        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());

        // Before: 26 on either store (the plan key twice over, the unit directory twice, each read as its own query).
        // 18 with the completions awaiting review (待核) read with the progress; on PostgreSQL 16 with the member kept and
        // the state written with the commit. Then 9 (SQLite 13): the lists read once; the report's savepoint, lock (its
        // assessment's), supersede, insert and its task's latest reports in one command, which the assessment reuses.
        // Then 7: the kept assessment and the files handed to the report written with the commit; 5 with the latest
        // reports, the period's support requests and the tasks awaiting review read in one command. Then 3: the plan key
        // in that command too, and the conversation taken and the kept state checked in it, before the report's write.
        AssertAtMost(Provider == StorageProvider.PostgreSql ? 3 : 13);
    }

    [Fact]
    public async Task A_confirmation_where_the_kept_state_is_stale_saves_what_was_said_on_the_other_instance()
    {
        await using var other = await StartInstanceAsync();
        var chat = await MovedChatAsync(other, "汇报 11：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：无，下步：加快推进，协调：无",
            "问题：部分地块灌溉水源未落实");

        // The confirmation's first command, its read, finds the state moved on: the turn runs again on the state read.
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
        var problems = await Bot.WithScopeAsync(async sp =>
        {
            var supervision = sp.GetRequiredService<TaskSupervision>();
            var task = (await supervision.ProgressAsync(CancellationToken.None))!.Plan.Task(11)!;
            return (await supervision.HistoryAsync(task, 1, CancellationToken.None))[0].Problems;
        });
        Assert.Equal("部分地块灌溉水源未落实", problems);
    }

    [Fact]
    public async Task The_lists_kept_are_read_again_when_another_scope_imported_a_plan_since()
    {
        var before = await Bot.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<TaskSupervision>().ProgressAsync(CancellationToken.None))!.Plan);
        await Bot.WithScopeAsync(async sp =>
        {
            var demo = Path.GetFullPath(sp.GetRequiredService<IOptions<SeedOptions>>().Value.DemoPlan,
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            var plan = PlanDocument.ParseFile(demo).Plan.InYear(before.Year + 1);
            await sp.GetRequiredService<PlanFileImporter>().ImportAsync(plan, CancellationToken.None);
            return 0;
        });

        // PostgreSQL reads the reports on the kept lists' tasks with the plan key; the key says they are no longer open.
        var after = await Bot.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<TaskSupervision>().ProgressAsync(CancellationToken.None))!);
        Assert.Equal(before.Year + 1, after.Plan.Year);
        Assert.DoesNotContain(after.Tasks, t => before.Tasks.Any(b => b.Id == t.Id));
    }

    [Fact]
    public async Task The_lists_read_once_in_a_turn_are_read_again_after_it_imports_a_plan()
    {
        var years = await Bot.WithScopeAsync(async sp =>
        {
            var reader = sp.GetRequiredService<IPlanReader>();
            var before = (await reader.OpenListsAsync(CancellationToken.None))[0].Year;
            var demo = Path.GetFullPath(sp.GetRequiredService<IOptions<SeedOptions>>().Value.DemoPlan,
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            await sp.GetRequiredService<PlanFileImporter>().ImportAsync(PlanDocument.ParseFile(demo).Plan.InYear(before + 1), CancellationToken.None);
            return (Before: before, After: (await reader.OpenListsAsync(CancellationToken.None))[0].Year);
        });

        Assert.Equal(years.Before + 1, years.After);
    }

    [Fact]
    public async Task Asking_what_is_behind_reads_the_kept_rows_and_the_tasks_awaiting_review_in_one_query()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "已完成", null);
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        await Bot.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(CancellationToken.None);
            return 0;
        });

        Assert.Contains("待督查室核实销号：#11", (await leader.SayAsync("哪些任务滞后")).Texts());

        // Before: the 待核 tasks were a query of their own, reading every pending claim.
        Assert.Single(_commands.Last, c => c.Contains("TaskAssessments", StringComparison.Ordinal));
        Assert.DoesNotContain(_commands.Last, c => c.Contains("CompletionReview", StringComparison.Ordinal)
            && !c.Contains("TaskAssessments", StringComparison.Ordinal));
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

    /// <summary>A reporter's chat that said <paramref name="here"/> here, then <paramref name="there"/> to the other instance.</summary>
    private async Task<Chat> MovedChatAsync(BotHost other, string here, string there)
    {
        BotHost to = Bot;
        var chat = new Chat(() => to.Client, Peer, Guid.NewGuid().ToString("N"));
        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));
        await chat.SayAsync(here);
        to = other;
        await chat.SayAsync(there);
        to = Bot;
        return chat;
    }

    private void AssertAtMost(int roundTrips) =>
        Assert.True(_commands.Last.Count <= roundTrips,
            $"{_commands.Last.Count} round trips, more than {roundTrips}:\n{string.Join("\n---\n", _commands.Last)}");
}

public sealed class SqliteTurnCostTests(PostgresServer postgres) : TurnCostTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlTurnCostTests(PostgresServer postgres) : TurnCostTests(postgres, StorageProvider.PostgreSql);
