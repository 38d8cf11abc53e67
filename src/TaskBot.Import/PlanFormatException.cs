using TaskBot.Domain.Plans;

namespace TaskBot.Import;

/// <summary>
/// A document that is not a decomposition plan, or breaks off midway. <see cref="Line"/> is 1-based in the text the
/// parsers read; 0 when no line is to blame. <see cref="Origin"/> is the row in the office's own file, when known.
/// </summary>
public sealed class PlanFormatException : Exception
{
    public PlanFormatException(string message, int line = 0) : this(message, line, null) { }

    private PlanFormatException(string problem, int line, RowOrigin? origin)
        : base(origin is not null ? $"{origin}: {problem}" : line > 0 ? $"line {line}: {problem}" : problem)
    {
        Problem = problem;
        Line = line;
        Origin = origin;
    }

    public int Line { get; }

    /// <summary>What is wrong, without where.</summary>
    public string Problem { get; }

    public RowOrigin? Origin { get; }

    /// <summary>For a 序号 out of order: the number its row calls for and the cell's text.</summary>
    public (int Expected, string Found)? Numbering { get; init; }

    /// <summary>The 序号 out of order, at the row the office sees; null for other problems or when the row is not known.</summary>
    public MisnumberedRow? Misnumbered => Origin is { } o && Numbering is { } n ? new MisnumberedRow(o, n.Expected, n.Found) : null;

    /// <summary>The same problem, placed at the row of the office's file that the text line came from.</summary>
    public PlanFormatException At(RowOrigin origin) => new(Problem, Line, origin) { Numbering = Numbering };
}
