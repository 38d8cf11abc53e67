namespace TaskBot.Domain.Reminders;

/// <summary>What a reminder is about; part of the key that makes each reminder go out once.</summary>
public enum ReminderKind
{
    /// <summary>每周调度: the unit's open tasks, to report on.</summary>
    Weekly,
    /// <summary>催报: the unit has not reported by the escalation time.</summary>
    Nudge,
    /// <summary>The unit was nudged and still has not reported: its leader is told.</summary>
    Escalation,
    /// <summary>半月通报 for a leader: the state of their tasks and what is behind.</summary>
    Digest,
    /// <summary>半月通报 for the office: the bulletin.</summary>
    Bulletin,
    /// <summary>A task's deadline is near.</summary>
    Deadline,
    /// <summary>A dated step in a task's text is near.</summary>
    Milestone,
    /// <summary>A task passed its deadline unfinished.</summary>
    Overdue,
    /// <summary>配合请求: a lead unit asks a supporting unit for its input on a task.</summary>
    SupportRequest,
    /// <summary>配合意见: a supporting unit's input, for the lead unit.</summary>
    SupportInput,
    /// <summary>For the office: a reminder could not be delivered (the conversation is gone).</summary>
    Undeliverable,
    /// <summary>For the office: someone entered too many wrong binding codes and is locked out for a while.</summary>
    BindingLockedOut,
    /// <summary>For the office: a chat platform's messages for the day are used up; the rest wait for tomorrow.</summary>
    QuotaExhausted,
}
