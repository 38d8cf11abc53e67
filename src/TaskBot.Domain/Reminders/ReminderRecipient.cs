using TaskBot.Domain.People;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Reminders;

/// <summary>Who a reminder is for: a bound person, or a unit's group (its group robots, where the office set any up).</summary>
public sealed record ReminderRecipient(Member? Member, Unit? Group)
{
    public static ReminderRecipient Person(Member member) => new(member, null);
    public static ReminderRecipient GroupOf(Unit unit) => new(null, unit);

    /// <summary>The recipient part of the reminder's key.</summary>
    public string Key => Member is { } m ? $"member:{m.Id}" : $"unit:{Group!.Id}";
}
