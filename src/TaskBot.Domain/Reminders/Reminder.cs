using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Reminders;

/// <summary>
/// One reminder owed to one recipient, as facts; the words come from dialogs/. (Kind, Occasion, Subject, Recipient)
/// identifies it: deriving the same reminder twice gives the same key, so it is delivered once.
/// </summary>
public sealed record Reminder(ReminderKind Kind, string Occasion, string Subject, ReminderRecipient Recipient)
{
    /// <summary>The tasks it is about: the unit's open tasks, the ones not reported, the one whose deadline is near.</summary>
    public IReadOnlyList<TaskItem> Tasks { get; init; } = [];

    /// <summary>For digests: each task's colour and reasons; <see cref="Behind"/> lists the ones behind, worst first.</summary>
    public IReadOnlyList<TaskAssessment> Assessments { get; init; } = [];

    public IReadOnlyList<TaskAssessment> Behind => [.. TaskAssessment.WorstFirst(Assessments.Where(a => a.IsBehind))];

    /// <summary>The unit concerned (the one that did not report, for an escalation).</summary>
    public Unit? Unit { get; init; }

    /// <summary>The deadline or milestone date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>For a weekly reminder: the numbers among <see cref="Tasks"/> that the unit supports (配合) rather than leads.</summary>
    public IReadOnlyList<int> Supported { get; init; } = [];

    /// <summary>For a supporting unit's input passed to the lead unit (<see cref="ReminderKind.SupportInput"/>).</summary>
    public Reports.ProgressReport? Report { get; init; }

    /// <summary>For a weekly reminder: how many of the tasks the unit owes reports on are reported this period already.</summary>
    public int Reported { get; init; }

    /// <summary>Weekly, nudge: some task listed has an earlier report of the unit's that 全部无变化 would carry.</summary>
    public bool Carries { get; init; }

    /// <summary>Days left before <see cref="Date"/>, or days past it for an overdue notice.</summary>
    public int Days { get; init; }

    public Milestone? Milestone { get; init; }

    /// <summary>For the office's half-month bulletin.</summary>
    public Supervision.Bulletin? Bulletin { get; init; }

    /// <summary>For <see cref="ReminderKind.Undeliverable"/>: who could not be reached, with which reminder, and why.</summary>
    public string? Detail { get; init; }
    public ReminderKind? About { get; init; }
    public DeliveryProblem? Problem { get; init; }

    /// <summary>For coordination requests and their answers.</summary>
    public Loop.CoordinationItem? Coordination { get; init; }

    /// <summary>For 延期 requests and their decisions.</summary>
    public Loop.ExtensionRequest? Extension { get; init; }

    /// <summary>For a leader's digest: the coordination requests waiting for them.</summary>
    public IReadOnlyList<Loop.OpenCoordination> OpenCoordination { get; init; } = [];

    public string Key => $"{Kind}/{Occasion}/{Subject}/{Recipient.Key}";
}
