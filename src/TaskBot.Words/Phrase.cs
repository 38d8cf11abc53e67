using System.Text.RegularExpressions;

namespace TaskBot.Words;

/// <summary>
/// One phrase's regular expression, matched against the whole normalized message. Interpreted at first: a bot's
/// hundreds of phrases compiled at start would cost each start (and every test host) a second. Once a phrase has been
/// tried often it is compiled in the background, where it matches in a third of the time: a turn tries hundreds.
/// </summary>
public sealed class Phrase
{
    private const int CompiledAfter = 1000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private readonly string _pattern;
    private Regex _regex;
    private int _tries;
    private Task? _compiling;

    public Phrase(string pattern)
    {
        _pattern = $"^(?:{pattern})$";
        _regex = new Regex(_pattern, Options);
    }

    /// <summary>The compiling, once the phrase has been tried often enough; null before.</summary>
    public Task? Compiling => Volatile.Read(ref _compiling);

    public Match Match(string text) => Tried().Match(text);

    public bool IsMatch(string text) => Tried().IsMatch(text);

    private Regex Tried()
    {
        if (_tries < CompiledAfter && Interlocked.Increment(ref _tries) == CompiledAfter)
            Volatile.Write(ref _compiling, Task.Run(() => Volatile.Write(ref _regex, new Regex(_pattern, Options | RegexOptions.Compiled))));
        return Volatile.Read(ref _regex);
    }
}
