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

    // Each spelling as the document writes it, normalised once: a plan names its few leaders thousands of times.
    private readonly Dictionary<string, Leader> _bySpelling = new(StringComparer.Ordinal);

    public Leader? Find(string name) =>
        _bySpelling.GetValueOrDefault(name) ?? _byName.GetValueOrDefault(PersonName.Normalize(name));

    public Leader Resolve(string name)
    {
        if (_bySpelling.TryGetValue(name, out var leader)) return leader;
        var normalized = PersonName.Normalize(name);
        if (!_byName.TryGetValue(normalized, out leader)) _byName[normalized] = leader = new Leader(normalized);
        return _bySpelling[name] = leader;
    }
}
