namespace TaskBot.Domain.Units;

/// <summary>
/// The unit a name said in chat stands for (农牧局 → 旗农牧局, 工科局 → 旗工信和科技局), or, when it stands for none or
/// for several, the units it may mean.
/// </summary>
public sealed record UnitMatch(Unit? Unit, IReadOnlyList<Unit> Candidates)
{
    private const int MostCandidates = 8;

    // Words every unit name carries: sharing them says nothing about which unit is meant.
    private const string Generic = "旗局委办室镇区中心市县部会";

    /// <summary>
    /// By name or alias (of <paramref name="organisation"/> or of every county), with or without 旗; else the units
    /// whose name holds what was said, or its characters in order (an abbreviation: 人社局 of 人力资源和社会保障局).
    /// </summary>
    public static UnitMatch Find(IReadOnlyList<Unit> units, string name, string organisation)
    {
        var key = UnitName.Key(name);
        if (key.Length == 0) return new(null, []);
        IReadOnlyList<string> Keys(Unit u) =>
            [UnitName.Key(u.Name), .. u.Aliases.Where(a => UnitAlias.AppliesTo(a.Organisation, organisation)).Select(a => a.Key)];
        if (units.FirstOrDefault(u => Keys(u).Contains(key)) is { } exact) return new(exact, [exact]);
        var close = units.Where(u => Keys(u).Any(k => Abbreviates(key, k))).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        if (close.Count == 1) return new(close[0], close);
        if (close.Count > 0) return new(null, [.. close.Take(MostCandidates)]);
        var telling = key.Where(c => !Generic.Contains(c)).ToHashSet();
        return new(null, [.. units
            .Select(u => (Unit: u, Shared: Keys(u).Max(k => k.Count(telling.Contains))))
            .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ThenBy(x => x.Unit.Name, StringComparer.Ordinal)
            .Take(MostCandidates).Select(x => x.Unit)]);
    }

    private static bool Abbreviates(string said, string name)
    {
        var at = 0;
        foreach (var c in said)
        {
            at = name.IndexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}
