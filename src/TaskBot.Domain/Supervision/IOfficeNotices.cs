using TaskBot.Domain.Reminders;

namespace TaskBot.Domain.Supervision;

/// <summary>Tells every bound office member something, once per (kind, occasion, subject).</summary>
public interface IOfficeNotices
{
    Task TellAsync(ReminderKind kind, string occasion, string subject, string detail, CancellationToken cancellationToken);
}
