namespace TaskBot.Domain.Units;

/// <summary>
/// Another name a unit goes by. <see cref="Key"/> is unique within an organisation: an alias from one 旗's file
/// (生态环境分局 = 市生态环境局乌审分局) means nothing in another's documents.
/// </summary>
public sealed class UnitAlias
{
    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public string Key { get; private set; } = "";

    /// <summary>The 旗 or 县 whose alias file gave this name; empty for a name that holds everywhere.</summary>
    public string Organisation { get; private set; } = "";

    private UnitAlias() { }

    public UnitAlias(string name, string organisation = "")
    {
        Name = name;
        Key = UnitName.Key(name);
        Organisation = organisation;
    }

    /// <summary>Whether a name of <paramref name="owner"/> holds for <paramref name="organisation"/> (null: any).</summary>
    public static bool AppliesTo(string owner, string? organisation) =>
        organisation is null || owner.Length == 0 || owner == organisation;
}
