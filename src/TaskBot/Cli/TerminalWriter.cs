using System.Text;

namespace TaskBot.Cli;

/// <summary>Everything the command line prints goes through <see cref="TerminalText.Clean"/>.</summary>
public sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (TerminalText.Clean(value.ToString()).Length > 0) inner.Write(value);
    }

    public override void Write(string? value) => inner.Write(TerminalText.Clean(value ?? ""));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Clean(value ?? ""));

    public override Task WriteAsync(string? value) => inner.WriteAsync(TerminalText.Clean(value ?? ""));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(TerminalText.Clean(value ?? ""));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
