namespace TaskBot.Domain.Units;

/// <summary>
/// Resolves the names units go by to one unit each, so that the same unit never appears twice:
/// by the mechanical rules of <see cref="UnitName"/> and by the office's alias groups. Built for one organisation
/// (the 旗 of the plan being imported), it uses only the aliases of that organisation and those that hold everywhere.
/// </summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, Unit> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitAliasGroup> _groupByKey = new(StringComparer.Ordinal);
    private readonly string? _organisation;
    private readonly Dictionary<string, (Unit Unit, string Clean, string? Group)> _resolved = new(StringComparer.Ordinal);

    public UnitDirectory(IEnumerable<Unit> units, IEnumerable<UnitAliasGroup> aliasGroups, string? organisation = null)
    {
        _organisation = organisation;
        foreach (var unit in units) Register(unit);
        foreach (var group in aliasGroups.Where(g => g.AppliesTo(organisation)))
        {
            foreach (var name in group.AllNames) _groupByKey[UnitName.Key(name)] = group;
            AttachAliases(group);
        }
    }

    public IEnumerable<Unit> Units => _byKey.Values.Distinct();

    /// <summary>The unit a name stands for, if the directory knows it.</summary>
    public Unit? Find(string name) =>
        _byKey.GetValueOrDefault(UnitName.Key(name))
        ?? (_groupByKey.TryGetValue(UnitName.Key(name), out var g) ? FindAny(g) : null);

    /// <summary>The unit a name stands for, created when the directory does not know it yet.</summary>
    public UnitResolution Resolve(string name)
    {
        // A plan names the same few hundred units thousands of times: each spelling is worked out once. Whether it
        // reads as an alias is asked again each time, as another spelling may since have renamed the unit (PreferName).
        if (_resolved.TryGetValue(name, out var seen)) return new(seen.Unit, false, seen.Clean != seen.Unit.Name, seen.Group);
        var key = UnitName.Key(name);
        var clean = UnitName.Clean(name);
        var group = _groupByKey.GetValueOrDefault(key)?.Name;
        var known = _byKey.GetValueOrDefault(key) ?? (_groupByKey.TryGetValue(key, out var g) ? FindAny(g) : null);
        known?.PreferName(name);
        var unit = known ?? Create(clean, _groupByKey.GetValueOrDefault(key) ?? new UnitAliasGroup(clean, []));
        _resolved[name] = (unit, clean, group);
        return new(unit, known is null, clean != unit.Name, group);
    }

    // The unit is shown by the name the document uses (人社局), not the alias file's official one; that name holds
    // everywhere, the file's names only for its organisation.
    private Unit Create(string name, UnitAliasGroup group)
    {
        var kind = group.Kind ?? UnitKinds.Infer(group.Name);
        var unit = new Unit(name, kind, kind == UnitKind.Collective ? UnitKinds.Covers(group.Name) : UnitKind.None);
        foreach (var alias in group.AllNames) unit.AddAlias(alias, group.Organisation);
        Register(unit);
        return unit;
    }

    private Unit? FindAny(UnitAliasGroup group) =>
        group.AllNames.Select(n => _byKey.GetValueOrDefault(UnitName.Key(n))).FirstOrDefault(u => u is not null);

    // An alias file edited after units were created: the existing unit learns its new names.
    private void AttachAliases(UnitAliasGroup group)
    {
        if (FindAny(group) is not { } unit) return;
        foreach (var name in group.AllNames)
        {
            if (_byKey.ContainsKey(UnitName.Key(name))) continue;
            unit.AddAlias(name, group.Organisation);
            _byKey[UnitName.Key(name)] = unit;
        }
    }

    private void Register(Unit unit)
    {
        foreach (var alias in unit.Aliases.Where(a => UnitAlias.AppliesTo(a.Organisation, _organisation))) _byKey[alias.Key] = unit;
    }
}
