using TaskBot.Documents.Charts;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders;
using TaskBot.Words;

namespace TaskBot.Hosting;

/// <summary>
/// A leader's half-month digest as two pictures: their tasks by light per lead unit (stacked bars), and each reported
/// task's completion against its 序时进度.
/// </summary>
public sealed class DigestCharts(ISupervisionCharts charts) : IDigestCharts
{
    public IReadOnlyList<(string Name, byte[] Png)> Draw(Reminder digest, LocaleText words)
    {
        var leader = digest.Tasks.SelectMany(t => t.LeadLeaders).FirstOrDefault(l => l.Id == digest.Recipient.Member?.LeaderId)?.Name ?? "";
        var byUnit = digest.Assessments.SelectMany(a => a.Task.LeadUnits.Select(u => (u.Name, a))).GroupBy(x => x.Name)
            .Select(g => (g.Key, (IReadOnlyList<TaskAssessment>)[.. g.Select(x => x.a)]));
        var lights = charts.LightsBy(words, words.Say("charts.digestLights", ("leader", leader)), byUnit);
        var completion = charts.CompletionVsSchedule(words, words.Say("charts.digestCompletion", ("leader", leader)), digest.Assessments);
        return [(lights.Name, lights.Png), (completion.Name, completion.Png)];
    }
}
