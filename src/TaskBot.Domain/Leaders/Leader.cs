namespace TaskBot.Domain.Leaders;

/// <summary>A lead leader (牵头领导), usually a deputy head of government.</summary>
public sealed class Leader
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    private Leader() { }

    public Leader(string name) => Name = PersonName.Normalize(name);
}
