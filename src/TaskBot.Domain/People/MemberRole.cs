namespace TaskBot.Domain.People;

public enum MemberRole
{
    /// <summary>A unit's head or liaison (一把手 / 联络员): reports on the unit's tasks.</summary>
    UnitReporter = 1,
    /// <summary>A lead leader (牵头领导): follows the tasks they lead.</summary>
    Leader = 2,
    /// <summary>The supervision office (政府办 / 督查室): sees everything.</summary>
    Office = 3,
}
