using TaskBot.Domain.Units;

namespace TaskBot.Domain.Behind;

/// <summary>How many members of a collective lead unit (各苏木镇) have reported their part this period.</summary>
public sealed record CollectiveTally(Unit Collective, int Reported, int Members);
