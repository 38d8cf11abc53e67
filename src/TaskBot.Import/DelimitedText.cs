using System.Text;

namespace TaskBot.Import;

/// <summary>
/// Tab- or comma-separated text with one row per line, as Excel's "save as text" writes it: cells in double
/// quotes may hold separators, line breaks and doubled quotes.
/// </summary>
public static class DelimitedText
{
    private const int HeaderWithin = 10;

    /// <summary>
    /// The rows and the line of the text each starts on, when one of the first lines is a header separated by tabs or
    /// commas; otherwise null.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> Lines)? TryRows(string text)
    {
        var top = text.Split('\n', HeaderWithin + 1).Take(HeaderWithin).ToList();
        foreach (var separator in new[] { '\t', ',' })
            if (top.Any(line => TableHeader.IsHeader(line.Split(separator))))
                return Rows(text, separator);
        return null;
    }

    private static (IReadOnlyList<IReadOnlyList<string>>, IReadOnlyList<int>) Rows(string text, char separator)
    {
        var rows = new List<IReadOnlyList<string>>();
        var lines = new List<int>();
        var line = 1;
        var start = 1;
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator) { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                lines.Add(start);
                start = line;
                row = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); lines.Add(start); }
        return (rows, lines);
    }
}
