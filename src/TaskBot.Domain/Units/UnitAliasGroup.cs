namespace TaskBot.Domain.Units;

/// <summary>An entry of the office's alias file: one unit, its canonical name and the other names it goes by.</summary>
public sealed record UnitAliasGroup(string Name, IReadOnlyList<string> Aliases, UnitKind? Kind = null)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
