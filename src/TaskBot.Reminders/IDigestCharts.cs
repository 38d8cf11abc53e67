using TaskBot.Domain.Reminders;
using TaskBot.Words;

namespace TaskBot.Reminders;

/// <summary>
/// Draws a leader's half-month digest as pictures (PNG, each with a file name): the host supplies it from the
/// documents' charts, so that reminders know nothing of how a chart is drawn.
/// </summary>
public interface IDigestCharts
{
    IReadOnlyList<(string Name, byte[] Png)> Draw(Reminder digest, LocaleText words);
}
