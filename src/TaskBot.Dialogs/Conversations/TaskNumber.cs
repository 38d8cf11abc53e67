using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.Domain.Plans;

namespace TaskBot.Dialogs.Conversations;

/// <summary>A task number as someone said it ("#11", "第三项"); digits too many for any task read as a task that does not exist.</summary>
public sealed record TaskNumber(string Said, int? Value)
{
    /// <summary>The "number" a phrase captured; null when it captured none.</summary>
    public static TaskNumber? From(JsonNode? options) =>
        options?["number"]?.GetValue<string>() is { } said
            ? new(said, int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : ChineseNumber.TryParse(said, out var chinese) ? chinese : null)
            : null;

    public TaskItem? In(Plan? plan) => Value is { } n ? plan?.Task(n) : null;
}
