using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Data;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Documents;

/// <summary>The 2025 seed plan imported, reports saved by the test, and the clock on Thursday 15 May 2025 (ISO week 20).</summary>
public abstract class ExportTestBase(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    // 04:00 in the office (still the 14th in UTC): 序时进度 of a year-end task is 37 %.
    protected static readonly DateTimeOffset Now = new(2025, 5, 14, 20, 0, 0, TimeSpan.Zero);
    protected FakeTimeProvider Clock { get; } = new(Now);
    protected TestStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Seed2025, StoreTemplates.ImportSeed2025Async);
        await ReportsAsync();
    }

    protected abstract Task ReportsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The lead unit's (or <paramref name="unit"/>'s) report on a task this week, or in the week of <paramref name="at"/>.</summary>
    protected Task ReportAsync(int number, ReportStatus status, decimal completion, string progress, string problems,
        string coordination = "@旗长 请协调用地。", DateTimeOffset? at = null, string? unit = null) =>
        TestApp.WithServicesAsync(Store, async sp =>
        {
            var plan = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!;
            var task = plan.Task(number)!;
            var when = at ?? Now;
            var period = new PeriodCalendar(PeriodKind.Week).Containing(DateOnly.FromDateTime(when.Date));
            var content = new ReportContent(status, progress, completion, null, problems, "下周开工。", coordination);
            var by = unit is null ? task.LeadUnits.First().Id : await UnitIdAsync(sp, unit);
            await sp.GetRequiredService<IReportStore>().SaveAsync(new ProgressReport(task.Id, by, period, content, "联络员", when), default);
            return 0;
        });

    private static async Task<int> UnitIdAsync(IServiceProvider sp, string name) =>
        (await sp.GetRequiredService<IPlanReader>().UnitsAsync(default)).Single(u => u.Name == name).Id;

    /// <summary>
    /// The lead unit's 已完成 on a task waiting for the office from <paramref name="claimed"/>, closed (销号) at
    /// <paramref name="closed"/>, or sent back (退回, its report taken off the record) at <paramref name="returned"/>.
    /// </summary>
    protected Task ClaimCompletionAsync(int number, DateTimeOffset claimed, DateTimeOffset? closed = null, DateTimeOffset? returned = null) =>
        TestApp.WithServicesAsync(Store, async sp =>
        {
            var task = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!.Task(number)!;
            var report = (await sp.GetRequiredService<IReportStore>().LatestAsync([task.Id], default)).Single();
            var review = new CompletionReview(task.Id, number, report.UnitId, report.Id, "联络员", claimed);
            var reviews = sp.GetRequiredService<ICompletionReviewStore>();
            await reviews.AddAsync(review, default);
            if ((closed ?? returned) is not { } at) return 0;
            var outcome = closed is null ? CompletionState.Returned : CompletionState.Closed;
            review.Review(outcome, closed is null ? "佐证不足" : null, "督查室", at);
            await reviews.UpdateAsync(review, default);
            if (closed is null) await sp.GetRequiredService<IReportStore>().WithdrawAsync(report.Id, default);
            return 0;
        });
}
