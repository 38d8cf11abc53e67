namespace TaskBot.Import;

/// <summary>A line of the document with its 1-based number, for error messages.</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public static IReadOnlyList<SourceLine> Split(string text) =>
        [.. text.Split('\n').Select((line, i) => new SourceLine(i + 1, line.TrimEnd('\r')))];
}
