using TaskBot.Domain.Leaders;
using TaskBot.Domain.Units;

namespace TaskBot.Data;

/// <summary>The units and leaders an import's document named for the first time, not stored yet.</summary>
public sealed record NewNames(IReadOnlyList<Unit> Units, IReadOnlyList<Leader> Leaders);
