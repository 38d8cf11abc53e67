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
    /// <summary>需协调事项: a unit's request for a leader (or handed to a unit, or passed to the office) to answer.</summary>
    CoordinationRequest,
    /// <summary>The answer to a coordination request, back to the unit that asked.</summary>
    CoordinationAnswer,
    /// <summary>For the office: a lead unit reported a task 已完成, to close (销号) or send back (退回).</summary>
    CompletionClaimed,
    /// <summary>For the unit: the office closed the task on record.</summary>
    CompletionClosed,
    /// <summary>For the unit: the office sent its 已完成 back, with the reason.</summary>
    CompletionReturned,
    /// <summary>For the office (and lead leaders): a unit asks to move a task's deadline.</summary>
    ExtensionRequested,
    /// <summary>For the unit: its 延期 request approved or refused.</summary>
    ExtensionDecided,
    /// <summary>For the office: a chat platform's messages wait, because no running server has its settings.</summary>
    ChannelWaiting,
}
