using TaskBot.Domain.Tests;

namespace TaskBot.Tests.Dialogs;

/// <summary>One line of dialogs/{locale}/corpus.txt: a phrase, the intent it must be read as, the values it must give.</summary>
public sealed record CorpusLine(string Phrase, string Intent, IReadOnlyDictionary<string, string> Values, bool HeldOut, int LineNumber)
{
    public override string ToString() => $"line {LineNumber}: {Phrase}";

    public static IReadOnlyList<CorpusLine> Read(string locale)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoFiles.Root, "dialogs", locale, "corpus.txt"));
        var heldOut = false;
        var corpus = new List<CorpusLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line is "[tuning]" or "[held-out]") { heldOut = line == "[held-out]"; continue; }
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var values = parts.Length > 2
                ? parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(v => v.Split('=', 2)).ToDictionary(v => v[0], v => v.Length > 1 ? v[1] : "")
                : [];
            corpus.Add(new CorpusLine(parts[0].Trim(), parts[1].Trim(), values, heldOut, i + 1));
        }
        return corpus;
    }
}
