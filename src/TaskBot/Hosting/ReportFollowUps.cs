using System.Collections;
using TaskBot.Domain.Loop;

namespace TaskBot.Hosting;

/// <summary>
/// What follows a saved report, resolved from the turn's scope only when a report is saved: every turn that resolves
/// <see cref="Domain.Supervision.TaskSupervision"/> (each step of the report dialog) would otherwise build them all.
/// </summary>
internal sealed class ReportFollowUps(IServiceProvider services) : IEnumerable<IReportFollowUp>
{
    public IEnumerator<IReportFollowUp> GetEnumerator() => services.GetServices<IReportFollowUp>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
