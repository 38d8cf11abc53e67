namespace TaskBot.Domain.People;

/// <summary>Where a person bound on several channels gets reminders: once, on one of them.</summary>
public static class ReminderChannel
{
    /// <summary>One binding per person: the channel they chose with 提醒发到这里, else the one they last wrote on, else the newest.</summary>
    public static IReadOnlyList<Member> OnePerPerson(IEnumerable<Member> members) =>
        [.. members.GroupBy(m => m.Person).Select(person => person
            .OrderByDescending(m => m.RemindHereAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(m => m.LastActiveAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(m => m.Id).First())
            .OrderBy(m => m.Id)];
}
