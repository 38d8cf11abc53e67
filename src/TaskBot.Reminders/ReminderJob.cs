namespace TaskBot.Reminders;

/// <summary>The scheduled jobs, each deriving one family of reminders.</summary>
public enum ReminderJob
{
    /// <summary>每周调度.</summary>
    Weekly,
    /// <summary>催报, then the leader.</summary>
    Escalation,
    /// <summary>半月通报 to leaders and the office.</summary>
    Digest,
    /// <summary>Deadline, milestone and overdue notices.</summary>
    Deadlines,
}
