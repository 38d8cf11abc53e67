using System.Globalization;
using TaskBot.Data.Outbox;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;

namespace TaskBot.Reminders;

/// <summary>Tells the office, once a day per recipient, that reminders to someone cannot be delivered.</summary>
public sealed class UndeliverableNotices(OfficeNotices office, LocalClock clock)
{
    public Task QueueAsync(IReadOnlyList<(OutboxRecord Record, DeliveryProblem Problem)> failed, CancellationToken cancellationToken)
    {
        var today = clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return office.QueueAsync(member =>
            from f in failed
            // Replies in a conversation (kind Reply) are not reminders: the person sees they got no answer.
            where Enum.TryParse<ReminderKind>(f.Record.Kind, out var kind) && kind != ReminderKind.Undeliverable
            where f.Record.Recipient != ReminderRecipient.Person(member).Key
            select new Reminder(ReminderKind.Undeliverable, today, f.Record.Recipient, ReminderRecipient.Person(member))
            {
                Detail = f.Record.Summary, About = Enum.Parse<ReminderKind>(f.Record.Kind), Problem = f.Problem,
            }, cancellationToken);
    }
}
