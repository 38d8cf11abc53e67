using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Data.Conversations;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// The kept assessments (what "which tasks are behind" reads) against the behind rules applied afresh, for every task
/// of the seed plan: after a random run of reports (some while another unit reports on the task), 无变化, 延期 and 退回
/// (fixed seed), and after a day passes.
/// </summary>
[Collection(TestCollections.People)]
public abstract class AssessmentProjectionTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Kept_assessments_equal_fresh_ones_after_random_reports_and_after_a_day_passes()
    {
        await RebuildAsync();
        var random = new Random(2025);
        for (var step = 0; step < 150; step++)
        {
            await Bot.WithScopeAsync(sp => ChangeAtRandomAsync(sp, random));
            Clock.Advance(TimeSpan.FromMinutes(5));
        }
        await AssertKeptEqualFreshAsync();

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await IsCurrentAsync(), "yesterday's assessments are not read on a new day");
        await RebuildAsync();
        Assert.True(await IsCurrentAsync());
        await AssertKeptEqualFreshAsync();
    }

    [Fact]
    public async Task A_leader_reads_the_same_behind_list_from_kept_assessments_as_judged_afresh()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "滞后", "20%");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var fresh = (await leader.SayAsync("哪些任务滞后")).Texts();

        await RebuildAsync();
        Assert.True(await IsCurrentAsync());

        Assert.Equal(fresh, (await leader.SayAsync("哪些任务滞后")).Texts());
    }

    // On PostgreSQL a report's turn sends its task's kept assessment with the commit (AtCommit): still read back in the
    // turn, kept when a savepoint set after it is rolled back, taken back with the savepoint it was written after.
    [Fact]
    public async Task A_kept_assessment_put_off_to_the_commit_is_read_back_before_it_and_rolled_back_with_its_savepoint()
    {
        var (before, readBack, afterRollback, committed) = await KeepingAsync(async k =>
        {
            await k.KeepAsync();
            var readBack = await k.VersionAsync();
            await k.KeepAsync();
            await using (await StoreTransaction.BeginAsync(k.Db, None))
                await k.KeepAsync();
            var afterRollback = await k.VersionAsync();
            await k.KeepAsync();
            return (readBack, afterRollback);
        });

        Assert.Equal((before + 1, before + 2, before + 3), (readBack, afterRollback, committed));
    }

    [Fact]
    public async Task A_kept_assessment_put_off_survives_a_failed_save_whose_error_the_turn_handles()
    {
        var (before, _, _, committed) = await KeepingAsync(async k =>
        {
            ProcessedActivityRecord Mark() => new() { ChannelId = "test", ConversationId = "c", ActivityId = "a", ProcessedAt = Clock.GetUtcNow() };
            k.Db.Add(Mark());
            await k.Db.SaveChangesAsync(None);
            k.Db.ChangeTracker.Clear();
            await k.KeepAsync();
            k.Db.Add(Mark());
            await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => k.Db.SaveChangesAsync(None));
            k.Db.ChangeTracker.Clear();
            return (0L, 0L);
        });

        Assert.Equal(before + 1, committed);
    }

    [Fact]
    public async Task A_kept_assessment_put_off_inside_a_store_whose_command_set_its_savepoint_goes_with_its_rollback()
    {
        var (before, _, _, committed) = await KeepingAsync(async k =>
        {
            await k.KeepAsync();
            await using (var store = await StoreTransaction.BeginAsync(k.Db, None, inFirstCommand: true))
            {
#pragma warning disable EF1003 // the store's opening, then a statement: no value in the text
                await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(k.Db.Database,
                    store.Opening + "SELECT 1", None);
#pragma warning restore EF1003
                await k.KeepAsync();
            }
            return (0L, 0L);
        });

        Assert.Equal(before + 1, committed);
    }

    private sealed record Keeping(IServiceProvider Services, TaskBotDbContext Db, TaskItem Task, Func<Task> KeepAsync, Func<Task<long>> VersionAsync);

    // In a transaction: keep task 11's assessment, read its kept version; the version before and after the commit.
    private async Task<(long Before, long ReadBack, long AfterRollback, long Committed)> KeepingAsync(
        Func<Keeping, Task<(long ReadBack, long AfterRollback)>> use)
    {
        await RebuildAsync();
        return await Bot.WithScopeAsync(async sp =>
        {
            var (db, store) = (sp.GetRequiredService<TaskBotDbContext>(), sp.GetRequiredService<IAssessmentStore>());
            var supervision = sp.GetRequiredService<TaskSupervision>();
            var progress = (await supervision.ProgressAsync(None))!;
            var task = progress.Tasks.First(t => t.Number == 11);
            async Task<long> VersionAsync() => (await store.VersionsAsync(task.PlanId, None))[task.Id];
            var keeping = new Keeping(sp, db, task, () => store.KeepAsync(task.PlanId, supervision.Assess(progress, task), None), VersionAsync);
            var before = await VersionAsync();
            (long ReadBack, long AfterRollback) seen;
            await using (var turn = await StoreTransaction.BeginAsync(db, None))
            {
                seen = await use(keeping);
                await turn.CommitAsync(None);
            }
            return (before, seen.ReadBack, seen.AfterRollback, await VersionAsync());
        });
    }

    private Task RebuildAsync() => Bot.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(None);
        return 0;
    });

    private Task<bool> IsCurrentAsync() => Bot.WithScopeAsync(async sp =>
    {
        var plan = (await sp.GetRequiredService<TaskSupervision>().PlanAsync(None))!;
        return await sp.GetRequiredService<AssessmentProjection>().BehindAsync(plan, plan.Tasks, None) is not null;
    });

    /// <summary>A unit's report with a random status and completion, its 无变化, an approved 延期, or the office's 退回 of a completion.</summary>
    private async Task<int> ChangeAtRandomAsync(IServiceProvider sp, Random random)
    {
        var supervision = sp.GetRequiredService<TaskSupervision>();
        var plan = (await supervision.PlanAsync(None))!;
        var task = plan.Tasks[random.Next(plan.Tasks.Count)];
        var units = task.Units.Select(u => u.Unit).Where(u => !u.IsCollective).ToList();
        if (units.Count == 0) return 0;
        var unit = units[random.Next(units.Count)];
        var reporter =
            new Viewer(new Member("test", $"unit-{unit.Id}", "联络员", MemberRole.UnitReporter, unit.Id, null, Clock.GetUtcNow()), unit, null);
        var office = new Viewer(new Member("test", "office", "督查室", MemberRole.Office, null, null, Clock.GetUtcNow()), null, null);
        var roll = random.Next(100);
        if (roll < 10)
            await supervision.CarryForwardAsync(reporter, await supervision.ProgressAsync(plan, None), task, None);
        else if (roll < 15)
        {
            var desk = sp.GetRequiredService<ExtensionDesk>();
            var request = await desk.RequestAsync(reporter, task, supervision.Today.AddDays(random.Next(-20, 60)), "手续未办结", None);
            await desk.DecideAsync(office, request, approve: true, null, None);
        }
        else if (roll < 20)
            await sp.GetRequiredService<CompletionDesk>().ReviewAsync(office, task, Domain.Loop.CompletionState.Returned, "佐证材料不足", None);
        else
        {
            // As a confirmation's turn: its dialog read the latest reports first, and at times another unit of the task
            // reported meanwhile.
            if (random.Next(2) == 0) await supervision.ProgressAsync(plan, None);
            if (roll < 40 && units.FirstOrDefault(u => u.Id != unit.Id) is { } other)
                await Bot.WithScopeAsync(async meanwhile =>
                {
                    var by = new Viewer(new Member("test", $"unit-{other.Id}", "联络员", MemberRole.UnitReporter, other.Id, null, Clock.GetUtcNow()),
                        other, null);
                    await meanwhile.GetRequiredService<TaskSupervision>().SaveAsync(by, task, RandomContent(random), None);
                    return 0;
                });
            await supervision.SaveAsync(reporter, task, RandomContent(random), None);
        }
        return 0;
    }

    private static ReportContent RandomContent(Random random)
    {
        var status = (ReportStatus)(random.Next(Enum.GetValues<ReportStatus>().Length) + 1);
        decimal? completion = random.Next(4) == 0 ? null : random.Next(101);
        return new ReportContent(status, "推进中", completion, null, completion is null ? "资金未到位" : "无", "继续推进", "无");
    }

    private Task AssertKeptEqualFreshAsync() => Bot.WithScopeAsync(async sp =>
    {
        var supervision = sp.GetRequiredService<TaskSupervision>();
        var plan = (await supervision.PlanAsync(None))!;
        var fresh = await supervision.ProgressAsync(plan, None);
        var kept = (await sp.GetRequiredService<IAssessmentStore>().ReadAsync(plan, null, behindOnly: false, None)).ToDictionary(a => a.Task.Id);

        Assert.Equal(plan.Tasks.Select(t => Render(supervision.Assess(fresh, t))), plan.Tasks.Select(t => Render(kept[t.Id])));
        var (behind, awaitingReview) = (await sp.GetRequiredService<AssessmentProjection>().BehindAsync(plan, plan.Tasks, None))!;
        // The answer carries of the report what the reply quotes (its problems, kept in the row), not the report.
        Assert.Equal(supervision.Behind(fresh, plan.Tasks).Select(RenderBehind), behind.Select(RenderBehind));
        Assert.Contains(behind, a => a.Reasons.Any(r => r.Kind == BehindReasonKind.NotReported));
        Assert.Equal(plan.Tasks.Where(fresh.AwaitsReview).Select(t => t.Number).Order(), awaitingReview.Select(t => t.Number));
        return 0;
    });

    private static string Render(TaskAssessment a) => string.Join(" | ", a.Task.Number, a.Light, N(a.Expected), a.Status, N(a.Completion),
        a.Continuing, a.Latest?.Id, string.Join(", ", a.Reasons.Select(r => $"{r.Kind} {r.Light} {N(r.Points)} {r.Days} {r.Periods} {r.Milestone}")),
        string.Join(", ", a.Collectives.Select(c => $"{c.Collective.Name} {c.Reported}/{c.Members}")), a.Problems);

    private static string RenderBehind(TaskAssessment a) => Render(a with { Latest = null, Problems = a.Problems });

    // Stored decimals come back with the column's scale (45.30 for 45.3): the same number.
    private static string? N(decimal? d) => d?.ToString("G29", CultureInfo.InvariantCulture);
}

public sealed class SqliteAssessmentProjectionTests(PostgresServer postgres) : AssessmentProjectionTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlAssessmentProjectionTests(PostgresServer postgres) : AssessmentProjectionTests(postgres, StorageProvider.PostgreSql);
