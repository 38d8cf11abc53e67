namespace TaskBot.Dialogs.Engine;

/// <summary>Every dialog the bot knows, by id.</summary>
public sealed class DialogSet(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> _byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public Dialog this[string id] => _byId.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"no dialog '{id}'");

    public IEnumerable<Dialog> All => _byId.Values;
}
