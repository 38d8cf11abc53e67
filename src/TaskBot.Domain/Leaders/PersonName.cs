namespace TaskBot.Domain.Leaders;

public static class PersonName
{
    /// <summary>
    /// Two-character names are padded to the width of three in official documents
    /// ("康  锐", "贾 \u00a0瑞"); the padding is not part of the name.
    /// </summary>
    public static string Normalize(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '\u200b'));
}
