namespace TaskBot.Domain.Units;

/// <summary>What a name in a document resolved to.</summary>
/// <param name="Created">The unit was not in the directory before.</param>
/// <param name="ViaAlias">The name differs from the unit's own name (an alias or a mechanical variant).</param>
/// <param name="AliasEntry">The canonical name of the alias file's entry the name matched, if it matched one.</param>
public sealed record UnitResolution(Unit Unit, bool Created, bool ViaAlias, string? AliasEntry = null);
