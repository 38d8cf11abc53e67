using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Data.Assessments;
using TaskBot.Domain.Behind;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// The daily rebuild of the kept assessments and a report confirmed while it runs: the rebuild judged the tasks on the
/// reports before it, so the report's own re-assessment of its task is the newer one and stays.
/// </summary>
[Collection(TestCollections.People)]
public abstract class AssessmentRebuildRaceTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private readonly BeforeKeepingAll _meanwhile = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton(_meanwhile);
        services.AddScoped<IAssessmentStore>(sp => new InterleavedStore(ActivatorUtilities.CreateInstance<AssessmentStore>(sp), _meanwhile));
    }

    [Fact]
    public async Task A_report_confirmed_while_the_daily_rebuild_judges_the_tasks_keeps_its_own_assessment()
    {
        await RebuildAsync();
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var readBack = await unit.SayAsync("汇报 11：滞后，完成土地平整2.3万亩，完成情况：20%，问题：资金未到位，下步：加快推进，协调：无");
        Assert.Contains("请核对", readBack.Texts());

        // The rebuild has read the reports and judged every task; the report is confirmed before it writes them.
        _meanwhile.Action = async () => Assert.Contains("已提交第11项", (await unit.SayAsync("是")).Texts());
        await RebuildAsync();

        var (latest, kept) = await Bot.WithScopeAsync(async sp =>
        {
            var task = await sp.Db().Tasks.SingleAsync(t => t.Number == 11);
            var report = await sp.Db().Set<ProgressReport>().SingleAsync(r => r.TaskItemId == task.Id && r.IsLatest);
            var row = await sp.Db().Set<AssessmentRecord>().SingleAsync(r => r.TaskItemId == task.Id);
            return (report.Id, row.LatestReportId);
        });
        Assert.Equal(latest, kept);
    }

    private Task RebuildAsync() => Bot.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<AssessmentProjection>().RebuildAsync(CancellationToken.None);
        return 0;
    });

    /// <summary>What happens, once, between a rebuild's judging the tasks and its keeping them.</summary>
    private sealed class BeforeKeepingAll
    {
        public Func<Task>? Action { get; set; }
    }

    private sealed class InterleavedStore(IAssessmentStore store, BeforeKeepingAll meanwhile) : IAssessmentStore
    {
        public async Task KeepAllAsync(Plan plan, IReadOnlyList<TaskAssessment> assessments, AssessmentBasis basis,
            IReadOnlyDictionary<int, long> versions, CancellationToken cancellationToken)
        {
            if (meanwhile.Action is { } action)
            {
                meanwhile.Action = null;
                await action();
            }
            await store.KeepAllAsync(plan, assessments, basis, versions, cancellationToken);
        }

        public Task<AssessmentBasis?> BasisAsync(int planId, CancellationToken cancellationToken) => store.BasisAsync(planId, cancellationToken);

        public Task HoldAsync(int taskId, CancellationToken cancellationToken) => store.HoldAsync(taskId, cancellationToken);

        public Task<IReadOnlyDictionary<int, long>> VersionsAsync(int planId, CancellationToken cancellationToken) =>
            store.VersionsAsync(planId, cancellationToken);

        public Task KeepAsync(int planId, TaskAssessment assessment, CancellationToken cancellationToken) =>
            store.KeepAsync(planId, assessment, cancellationToken);

        public Task MoveBasisAsync(AssessmentBasis basis, CancellationToken cancellationToken) => store.MoveBasisAsync(basis, cancellationToken);

        public Task<BehindAnswer?> BehindAsync(Plan plan, AssessmentBasis basis, IReadOnlyList<TaskItem>? tasks,
            CancellationToken cancellationToken) => store.BehindAsync(plan, basis, tasks, cancellationToken);

        public Task<IReadOnlyList<TaskAssessment>> ReadAsync(Plan plan, IReadOnlyCollection<int>? taskIds, bool behindOnly,
            CancellationToken cancellationToken) => store.ReadAsync(plan, taskIds, behindOnly, cancellationToken);
    }
}

public sealed class SqliteAssessmentRebuildRaceTests(PostgresServer postgres) : AssessmentRebuildRaceTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlAssessmentRebuildRaceTests(PostgresServer postgres) : AssessmentRebuildRaceTests(postgres, StorageProvider.PostgreSql);
