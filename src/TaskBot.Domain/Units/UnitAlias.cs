namespace TaskBot.Domain.Units;

/// <summary>Another name a unit goes by. <see cref="Key"/> is unique across the directory.</summary>
public sealed class UnitAlias
{
    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public string Key { get; private set; } = "";

    private UnitAlias() { }

    public UnitAlias(string name)
    {
        Name = name;
        Key = UnitName.Key(name);
    }
}
