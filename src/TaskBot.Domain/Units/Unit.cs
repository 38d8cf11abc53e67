namespace TaskBot.Domain.Units;

/// <summary>A unit in the directory: a department, township, park, company, branch or a collective of them.</summary>
public sealed class Unit
{
    private readonly List<UnitAlias> _aliases = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }

    /// <summary>For a collective, the kinds of unit it stands for; <see cref="UnitKind.None"/> otherwise.</summary>
    public UnitKind Covers { get; private set; }

    public IReadOnlyList<UnitAlias> Aliases => _aliases;

    /// <summary>
    /// The unit's own go-live: the day someone was first bound to it or it was first reminded. Its unreported
    /// periods count from the later of this and the plan's go-live; null until then (the plan's alone counts).
    /// </summary>
    public DateOnly? ReportingStartsOn { get; private set; }

    private Unit() { }

    public Unit(string name, UnitKind kind, UnitKind covers = UnitKind.None)
    {
        Name = name;
        Kind = kind;
        Covers = covers;
        _aliases.Add(new UnitAlias(name));
    }

    public bool IsCollective => Kind == UnitKind.Collective;

    /// <summary>A collective that names every unit, townships and departments alike (各地各部门).</summary>
    public bool NamesEveryUnit => IsCollective && Covers.HasFlag(UnitKind.Township) && Covers.HasFlag(UnitKind.Department);

    /// <summary>Whether a task naming this unit concerns <paramref name="other"/> too (a collective covers its kinds).</summary>
    public bool Includes(Unit other) =>
        other.Id == Id || (IsCollective && !other.IsCollective && (Covers & other.Kind) != 0);

    /// <summary>
    /// Takes the banner-prefixed spelling as the unit's name when the unit was first met without it
    /// (水利局 in one document, 旗水利局 in another), so the name shown does not depend on import order.
    /// </summary>
    public void PreferName(string name)
    {
        var clean = UnitName.Clean(name);
        if (UnitName.Key(clean) == UnitName.Key(Name) && UnitName.HasBannerPrefix(clean) && !UnitName.HasBannerPrefix(Name))
            Name = clean;
    }

    /// <summary>Registers another name, for one organisation's documents or (empty) everywhere; false when the name already resolves here.</summary>
    public bool AddAlias(string name, string organisation = "")
    {
        var key = UnitName.Key(name);
        if (_aliases.Any(a => a.Key == key)) return false;
        _aliases.Add(new UnitAlias(name, organisation));
        return true;
    }
}
