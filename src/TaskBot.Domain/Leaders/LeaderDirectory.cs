namespace TaskBot.Domain.Leaders;

/// <summary>Resolves leader names, padded or not, to one leader each.</summary>
public sealed class LeaderDirectory
{
    private readonly Dictionary<string, Leader> _byName = new(StringComparer.Ordinal);

    public LeaderDirectory(IEnumerable<Leader> leaders)
    {
        foreach (var leader in leaders) _byName[leader.Name] = leader;
    }

    public IEnumerable<Leader> Leaders => _byName.Values;

    public Leader? Find(string name) => _byName.GetValueOrDefault(PersonName.Normalize(name));

    public Leader Resolve(string name)
    {
        var normalized = PersonName.Normalize(name);
        if (_byName.TryGetValue(normalized, out var leader)) return leader;
        leader = new Leader(normalized);
        _byName[normalized] = leader;
        return leader;
    }
}
