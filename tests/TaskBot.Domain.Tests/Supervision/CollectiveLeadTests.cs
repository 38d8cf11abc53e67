using Microsoft.Extensions.Time.Testing;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Tests.Supervision;

/// <summary>
/// A task led by a collective (各苏木镇): each township reports its part and the task's state combines them; a
/// supporting unit's report never speaks for the task. On Tuesday 1 July 2025 (序时进度 49.9).
/// </summary>
public class CollectiveLeadTests
{
    private const int Collective = 5, SingleLead = 6;
    private readonly SupervisedPlan _plan = new();

    [Fact]
    public async Task A_supporting_units_done_does_not_finish_a_collective_led_task()
    {
        _plan.Report(Collective, "旗水利局", ReportStatus.Done, 100);

        var progress = await _plan.ProgressAsync();
        var a = _plan.Supervision.Assess(progress, progress.Plan.Task(Collective)!);

        Assert.Null(a.Status);
        Assert.Equal(Light.Red, a.Light);
        Assert.Contains(_plan.Supervision.Behind(progress, progress.Plan.Tasks), x => x.Task.Number == Collective);
        Assert.Contains(_plan.Supervision.Bulletin(progress).Behind, x => x.Task.Number == Collective);
    }

    [Fact]
    public async Task A_supporting_units_done_does_not_finish_a_task_with_a_single_lead()
    {
        _plan.Report(SingleLead, "旗水利局", ReportStatus.Done, 100);

        var progress = await _plan.ProgressAsync();

        Assert.Null(_plan.Supervision.Assess(progress, progress.Plan.Task(SingleLead)!).Status);
    }

    [Fact]
    public async Task One_township_done_is_its_own_part_not_the_tasks()
    {
        _plan.Report(Collective, "图克镇", ReportStatus.Done, 100);

        var progress = await _plan.ProgressAsync();
        var a = _plan.Supervision.Assess(progress, progress.Plan.Task(Collective)!);

        Assert.NotEqual(ReportStatus.Done, a.Status);
        Assert.True(a.IsBehind);
        var tally = Assert.Single(a.Collectives);
        Assert.Equal(("各苏木镇", 1, 3), (tally.Collective.Name, tally.Reported, tally.Members));
        Assert.False(progress.IsDone(progress.Plan.Task(Collective)!));
    }

    [Fact]
    public async Task The_tasks_state_is_its_members_worst_light_worst_status_and_lowest_completion()
    {
        _plan.Report(Collective, "图克镇", ReportStatus.OnSchedule, 60);
        _plan.Report(Collective, "嘎鲁图镇", ReportStatus.Behind, 10);
        _plan.Report(Collective, "苏力德苏木", ReportStatus.Done, 100);

        var progress = await _plan.ProgressAsync();
        var a = _plan.Supervision.Assess(progress, progress.Plan.Task(Collective)!);

        Assert.Equal((ReportStatus.Behind, 10m, Light.Red), (a.Status, a.Completion, a.Light));
        Assert.Contains(a.Reasons, r => r.Kind == BehindReasonKind.ReportedBehind);
        Assert.Equal(39.9m, Assert.Single(a.Reasons, r => r.Kind == BehindReasonKind.BelowTimeProgress).Points);
        Assert.Equal(3, Assert.Single(a.Collectives).Reported);
    }

    [Fact]
    public async Task A_collective_led_task_is_done_when_every_member_is()
    {
        foreach (var township in new[] { "图克镇", "嘎鲁图镇", "苏力德苏木" }) _plan.Report(Collective, township, ReportStatus.Done, 100);

        var progress = await _plan.ProgressAsync();
        var a = _plan.Supervision.Assess(progress, progress.Plan.Task(Collective)!);

        Assert.Equal((ReportStatus.Done, Light.Green), (a.Status, a.Light));
    }

    [Fact]
    public async Task Each_township_that_has_not_reported_is_unreported_and_the_supporting_unit_is_not()
    {
        _plan.Report(Collective, "图克镇", ReportStatus.OnSchedule, 60);

        var progress = await _plan.ProgressAsync();
        var units = _plan.Supervision.UnreportedTasks(progress).Select(u => u.Unit.Name).ToList();

        Assert.Contains("嘎鲁图镇", units);
        Assert.Contains("苏力德苏木", units);
        Assert.DoesNotContain("图克镇", units);
        Assert.DoesNotContain("旗水利局", units);
        var (task, tally) = Assert.Single(_plan.Supervision.CollectivesUnreported(progress));
        Assert.Equal((Collective, 1, 3), (task.Number, tally.Reported, tally.Members));
    }

    [Fact]
    public async Task A_township_that_reported_its_part_done_is_not_asked_again_the_others_are()
    {
        _plan.Report(Collective, "图克镇", ReportStatus.Done, 100);
        _plan.Report(Collective, "嘎鲁图镇", ReportStatus.OnSchedule, 60);
        _plan.NextWeek();

        var progress = await _plan.ProgressAsync();
        var units = _plan.Supervision.UnreportedTasks(progress).Select(u => u.Unit.Name).ToList();

        Assert.Equal(["嘎鲁图镇", "苏力德苏木"], units.Where(u => u is "图克镇" or "嘎鲁图镇" or "苏力德苏木").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_supporting_unit_owes_nothing_until_the_lead_unit_asks_and_then_only_that_task()
    {
        var water = _plan.UnitNamed("旗水利局");
        Assert.Empty(_plan.Supervision.Owed(await _plan.ProgressAsync(), water));

        await _plan.Support.AskAsync(_plan.ReporterOf("旗发改委"), (await _plan.ProgressAsync()).Plan.Task(SingleLead)!, [water], CancellationToken.None);

        Assert.Equal([SingleLead], _plan.Supervision.Owed(await _plan.ProgressAsync(), water).Select(t => t.Number));
        Assert.Equal(["旗水利局"], _plan.Asked);
        _plan.NextWeek();
        Assert.Empty(_plan.Supervision.Owed(await _plan.ProgressAsync(), water));
    }

    [Fact]
    public async Task With_supporting_units_reporting_every_period_they_owe_their_tasks_after_the_ones_they_lead()
    {
        var plan = new SupervisedPlan(SupportingUnitReporting.EveryPeriod);

        var owed = plan.Supervision.Owed(await plan.ProgressAsync(), plan.UnitNamed("旗水利局"));

        Assert.Equal([Collective, SingleLead], owed.Select(t => t.Number));
    }

    [Fact]
    public async Task A_supporting_units_input_goes_to_the_lead_unit_that_asked_for_it()
    {
        var progress = await _plan.ProgressAsync();
        var task = progress.Plan.Task(SingleLead)!;
        var lead = _plan.ReporterOf("旗发改委");
        await _plan.Support.AskAsync(lead, task, [_plan.UnitNamed("旗水利局")], CancellationToken.None);

        await _plan.Supervision.SaveAsync(_plan.ReporterOf("旗水利局"), task, new ReportContent(ReportStatus.OnSchedule, "配合", 50, null, "无", "无", "无"),
            CancellationToken.None);

        Assert.Equal([(SingleLead, "旗水利局", lead.Unit!.Id)], _plan.PassedOn.Select(p => (p.Task, p.From, p.To.Single())));
    }

    [Fact]
    public async Task Which_tasks_are_behind_reads_the_reports_of_only_the_tasks_asked_about()
    {
        var plan = (await _plan.ProgressAsync()).Plan;
        _plan.LatestRead.Clear();

        await _plan.Supervision.BehindAsync(plan, [plan.Task(SingleLead)!], CancellationToken.None);

        Assert.Equal([SingleLead * 100], Assert.Single(_plan.LatestRead));
    }

    /// <summary>A plan with task 5 led by 各苏木镇 and task 6 by 旗发改委, both supported by 旗水利局; three townships in the directory.</summary>
    private sealed class SupervisedPlan : IPlanReader, IReportStore, ISupportRequestStore, ISupportNotices
    {
        private static readonly PeriodCalendar Weeks = new(PeriodKind.Week);
        private readonly Plan _plan = new("2025年重点任务分解方案", 2025);
        private readonly List<Unit> _units;
        private readonly List<ProgressReport> _reports = [];
        private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));
        private readonly LocalClock _clock;
        private readonly List<SupportRequest> _requests = [];

        public SupervisedPlan(SupportingUnitReporting supporting = SupportingUnitReporting.OnRequest)
        {
            _clock = new LocalClock(_time, LocalClock.FindZone("Asia/Shanghai"));
            var directory = new UnitDirectory([], []);
            foreach (var township in new[] { "图克镇", "嘎鲁图镇", "苏力德苏木" }) directory.Resolve(township);
            _plan.Apply(new PlanDraft(_plan.Title, 2025, "test", [Draft(Collective, "各苏木镇"), Draft(SingleLead, "旗发改委")]),
                directory, new LeaderDirectory([]), planCreated: true);
            _units = [.. directory.Units];
            var id = 0;
            foreach (var unit in _units) typeof(Unit).GetProperty(nameof(Unit.Id))!.SetValue(unit, ++id);
            foreach (var task in _plan.Tasks) typeof(TaskItem).GetProperty(nameof(TaskItem.Id))!.SetValue(task, task.Number * 100);
            Support = new SupportingInput(new SupervisionOptions { SupportingUnits = supporting }, this, this, Weeks, _clock);
            Supervision = new TaskSupervision(this, this, new BehindRules(new BehindOptions(), Weeks), Weeks, _clock, Support, [Support]);
        }

        public TaskSupervision Supervision { get; }
        public SupportingInput Support { get; }

        /// <summary>The units asked for input, in the order asked, and the inputs passed on: (task, from unit, to lead unit ids).</summary>
        public List<string> Asked { get; } = [];
        public List<(int Task, string From, IReadOnlyCollection<int> To)> PassedOn { get; } = [];

        public Unit UnitNamed(string name) => _units.Single(u => u.Name == name);

        public Viewer ReporterOf(string unit) =>
            new(new Member("test", "user-" + unit, "联络员", MemberRole.UnitReporter, UnitNamed(unit).Id, null, _clock.UtcNow), UnitNamed(unit), null);

        public Task<IReadOnlyList<SupportRequest>> InPeriodAsync(string periodKey, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SupportRequest>>([.. _requests.Where(r => r.PeriodKey == periodKey)]);
        public Task AddAsync(IReadOnlyList<SupportRequest> requests, CancellationToken cancellationToken)
        {
            _requests.AddRange(requests);
            return Task.CompletedTask;
        }
        public Task<IReadOnlyList<Unit>> AskAsync(TaskItem task, Unit lead, IReadOnlyList<Unit> units, string periodKey,
            CancellationToken cancellationToken)
        {
            Asked.AddRange(units.Select(u => u.Name));
            return Task.FromResult<IReadOnlyList<Unit>>([]);
        }
        public Task PassOnAsync(TaskItem task, Unit from, ProgressReport input, IReadOnlyCollection<int> leadUnitIds,
            CancellationToken cancellationToken)
        {
            PassedOn.Add((task.Number, from.Name, leadUnitIds));
            return Task.CompletedTask;
        }

        public void NextWeek() => _time.Advance(TimeSpan.FromDays(7));

        public Task<TaskProgress> ProgressAsync() => Supervision.ProgressAsync(CancellationToken.None)!;

        public void Report(int number, string unit, ReportStatus status, decimal completion) =>
            _reports.Add(new ProgressReport(_plan.Task(number)!.Id, _units.Single(u => u.Name == unit).Id, Weeks.Containing(_clock.Today),
                new ReportContent(status, "进展", completion, null, "", "", ""), "联络员", _clock.UtcNow));

        private static TaskDraft Draft(int number, string lead) =>
            new(number, $"第{number}项任务", ["康锐"], [lead], ["旗水利局"], new DateOnly(2025, 12, 31), false, []);

        public Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken) => Task.FromResult<Plan?>(_plan);
        public Task<Unit?> UnitAsync(int id, CancellationToken cancellationToken) => Task.FromResult(_units.SingleOrDefault(u => u.Id == id));
        public Task<Leader?> LeaderAsync(int id, CancellationToken cancellationToken) => Task.FromResult<Leader?>(null);
        public Task<IReadOnlyList<Unit>> UnitsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Unit>>(_units);
        public Task<IReadOnlyList<Unit>> UnitDirectoryAsync(CancellationToken cancellationToken) => UnitsAsync(cancellationToken);
        public Task<IReadOnlyList<Unit>> UnitsOfAsync(Plan plan, CancellationToken cancellationToken) => UnitsAsync(cancellationToken);
        public Task<IReadOnlyList<ProgressReport>> LatestAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken)
        {
            LatestRead.Add([.. taskIds]);
            return Task.FromResult<IReadOnlyList<ProgressReport>>(_reports);
        }
        public async Task<ReportedProgress> ProgressAsync(IReadOnlyCollection<int> taskIds, string periodKey, bool awaitingReview,
            CancellationToken cancellationToken) =>
            new(await LatestAsync(taskIds, cancellationToken), await InPeriodAsync(periodKey, cancellationToken), null);

        /// <summary>The tasks (ids) whose latest reports were read, one entry per read.</summary>
        public List<int[]> LatestRead { get; } = [];
        public Task<IReadOnlyList<ProgressReport>> HistoryAsync(int taskId, int count, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ProgressReport>>(_reports);
        public Task<IReadOnlyList<ProgressReport>> ReportsAsync(IReadOnlyCollection<int> reportIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ProgressReport>>([.. _reports.Where(r => reportIds.Contains(r.Id))]);
        public Task SaveAsync(ProgressReport report, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task WithdrawAsync(int reportId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
