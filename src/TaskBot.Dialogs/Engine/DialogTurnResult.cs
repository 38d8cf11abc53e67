using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Engine;

public enum DialogTurnStatus
{
    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,
    /// <summary>The stack emptied with a result.</summary>
    Complete,
    /// <summary>No dialog was active.</summary>
    Empty,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
}
