using System.Globalization;
using TaskBot.Domain.People;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;

namespace TaskBot.Reminders;

/// <summary>Notices for the office (undeliverable reminders, binding codes guessed): one outbox message per bound office member.</summary>
public sealed class OfficeNotices(IPeopleStore people, NoticeQueue queue) : IOfficeNotices
{
    public Task TellAsync(ReminderKind kind, string occasion, string subject, string detail, CancellationToken cancellationToken) =>
        QueueAsync(member => [new Reminder(kind, occasion, subject, ReminderRecipient.Person(member)) { Detail = detail }], cancellationToken);

    /// <summary>
    /// A platform's quota for the day (or, <paramref name="monthly"/>, for the month) is used up: each office member is told
    /// once that day or month (the outbox key), and when the count starts again, on another channel of theirs when they
    /// have one, since a notice on the exhausted platform would wait too.
    /// </summary>
    public async Task TellQuotaExhaustedAsync(string channelId, DateOnly today, bool monthly, CancellationToken cancellationToken)
    {
        var occasion = today.ToString(monthly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateOnly? resets = monthly ? new DateOnly(today.Year, today.Month, 1).AddMonths(1) : null;
        await TellAwayFromAsync(channelId, member => new Reminder(ReminderKind.QuotaExhausted, occasion, channelId,
            ReminderRecipient.Person(member)) { Detail = channelId, Date = resets }, cancellationToken);
    }

    /// <summary>A platform's messages wait because no running server has its settings: each office member is told once a day.</summary>
    public Task TellChannelWaitingAsync(string channelId, DateOnly today, CancellationToken cancellationToken) =>
        TellAwayFromAsync(channelId, member => new Reminder(ReminderKind.ChannelWaiting,
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), channelId, ReminderRecipient.Person(member)) { Detail = channelId },
            cancellationToken);

    /// <summary>A notice about a platform, on another channel of each office member's when they have one: there it would wait too.</summary>
    private async Task TellAwayFromAsync(string channelId, Func<Member, Reminder> notice, CancellationToken cancellationToken)
    {
        var office = (await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.Office).ToList();
        var usable = office.Where(m => m.ChannelId != channelId
            || office.All(o => o.Person != m.Person || o.ChannelId == channelId));
        await queue.QueueAsync([.. ReminderChannel.OnePerPerson(usable).Select(notice)], cancellationToken);
    }

    /// <summary>Queues the notices <paramref name="noticesFor"/> gives for each office member.</summary>
    public async Task QueueAsync(Func<Member, IEnumerable<Reminder>> noticesFor, CancellationToken cancellationToken)
    {
        var office = ReminderChannel.OnePerPerson(await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.Office);
        await queue.QueueAsync([.. office.SelectMany(noticesFor)], cancellationToken);
    }
}
