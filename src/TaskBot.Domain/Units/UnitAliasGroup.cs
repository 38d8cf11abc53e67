namespace TaskBot.Domain.Units;

/// <summary>
/// An entry of the office's alias file: one unit, its canonical name and the other names it goes by, and the
/// 旗 or 县 whose documents use them (empty: any).
/// </summary>
public sealed record UnitAliasGroup(string Name, IReadOnlyList<string> Aliases, UnitKind? Kind = null, string Organisation = "")
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <summary>Whether the entry applies to a plan of the organisation (null: every entry applies).</summary>
    public bool AppliesTo(string? organisation) => UnitAlias.AppliesTo(Organisation, organisation);
}
