namespace TaskBot.Words;

/// <summary>One dialogs/{locale}/{name}.yaml file: what the bot says and the phrases it hears.</summary>
public sealed class TextFile
{
    public Dictionary<string, string> Say { get; set; } = [];
    public Dictionary<string, List<string>> Hear { get; set; } = [];
}
