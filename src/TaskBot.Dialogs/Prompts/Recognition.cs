using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Prompts;

/// <summary>A prompt's reading of an answer: the value, or the message key that says what was wrong with it.</summary>
public sealed record Recognition(JsonNode? Value, string? Problem, (string Name, object? Value)[] Args)
{
    public bool Accepted => Problem is null;

    public static Recognition Accept(JsonNode? value) => new(value, null, []);

    public static Recognition Refuse(string problem, params (string Name, object? Value)[] args) => new(null, problem, args);
}
