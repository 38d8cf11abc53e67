namespace TaskBot.Domain.Plans;

/// <summary>A list the office keeps beside the year's plan, named as the office calls it (领导批示).</summary>
public sealed record SupervisionList(string Name, ListKind Kind)
{
    /// <summary>The list a name said in chat stands for: its whole name or a part of it (批示 for 领导批示).</summary>
    public static bool Matches(Plan list, string said) =>
        list.Label is { } label && said.Length >= 2 && label.Contains(said, StringComparison.OrdinalIgnoreCase);
}
