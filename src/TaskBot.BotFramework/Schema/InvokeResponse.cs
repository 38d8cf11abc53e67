using System.Text.Json.Nodes;

namespace TaskBot.BotFramework.Schema;

/// <summary>The answer to an invoke activity, returned in the HTTP response to its POST.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
