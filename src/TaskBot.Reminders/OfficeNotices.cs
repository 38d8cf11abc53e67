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
    /// A platform's quota for the day is used up: each office member is told once that day (the outbox key), on another
    /// channel of theirs when they have one, since a notice on the exhausted platform would wait for the next day too.
    /// </summary>
    public async Task TellQuotaExhaustedAsync(string channelId, string day, CancellationToken cancellationToken)
    {
        var office = (await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.Office).ToList();
        var usable = office.Where(m => m.ChannelId != channelId
            || office.All(o => o.Person != m.Person || o.ChannelId == channelId));
        await queue.QueueAsync([.. ReminderChannel.OnePerPerson(usable).Select(member => new Reminder(
            ReminderKind.QuotaExhausted, day, channelId, ReminderRecipient.Person(member)) { Detail = channelId })], cancellationToken);
    }

    /// <summary>Queues the notices <paramref name="noticesFor"/> gives for each office member.</summary>
    public async Task QueueAsync(Func<Member, IEnumerable<Reminder>> noticesFor, CancellationToken cancellationToken)
    {
        var office = ReminderChannel.OnePerPerson(await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.Office);
        await queue.QueueAsync([.. office.SelectMany(noticesFor)], cancellationToken);
    }
}
