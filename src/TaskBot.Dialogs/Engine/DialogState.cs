namespace TaskBot.Dialogs.Engine;

/// <summary>A conversation's persisted state: the dialog stack and the language the user chose.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
    public string? Locale { get; set; }
}
