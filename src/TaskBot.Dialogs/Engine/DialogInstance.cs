using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Engine;

/// <summary>One dialog on the stack: which dialog, which step, and what it has gathered so far.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";
    public int Step { get; set; }
    public JsonNode? Options { get; set; }
    public JsonObject Values { get; set; } = [];

    /// <summary>The language the dialog began in: its questions are answered in it (a button's label, a yes or no).</summary>
    public string? Locale { get; set; }
}
