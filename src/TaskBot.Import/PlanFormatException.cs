namespace TaskBot.Import;

/// <summary>A document that is not a decomposition plan, or breaks off midway. <see cref="Line"/> is 1-based; 0 when no line is to blame.</summary>
public sealed class PlanFormatException(string message, int line = 0)
    : Exception(line > 0 ? $"line {line}: {message}" : message)
{
    public int Line { get; } = line;
}
