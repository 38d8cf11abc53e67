using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Behind;

/// <summary>Why a task is behind, and by how much: points below 序时进度, days overdue, periods unreported.</summary>
public sealed record BehindReason(BehindReasonKind Kind, Light Light, decimal? Points = null, int? Days = null, int? Periods = null,
    Milestone? Milestone = null);
