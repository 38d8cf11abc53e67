using TaskBot.Domain.Behind;
using TaskBot.Words;

namespace TaskBot.Documents.Charts;

/// <summary>The charts of the 通报 and the half-month digest, drawn with the words of the locale they are given.</summary>
public interface ISupervisionCharts
{
    /// <summary>Per group (a leader, a unit), how many tasks are green, yellow and red, as stacked bars.</summary>
    Chart LightsBy(LocaleText words, string title, IEnumerable<(string Name, IReadOnlyList<TaskAssessment> Tasks)> groups);

    /// <summary>Each reported task's completion (y) against its 序时进度 (x); a task below the diagonal is behind time.</summary>
    Chart CompletionVsSchedule(LocaleText words, string title, IEnumerable<TaskAssessment> tasks);
}
