namespace TaskBot.Cli;

/// <summary>A command's positional arguments and --name value options.</summary>
public sealed class Arguments
{
    public IReadOnlyList<string> Positional { get; private init; } = [];
    public IReadOnlyDictionary<string, string> Options { get; private init; } = new Dictionary<string, string>();

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public bool Flag(string name) => Options.ContainsKey(name);

    /// <param name="flags">Options that take no value.</param>
    public static Arguments Parse(string[] args, int positionalCount, string[] optionNames, string[]? flags = null)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) { positional.Add(args[i]); continue; }
            if (flags?.Contains(args[i]) == true) { options[args[i]] = ""; continue; }
            if (!optionNames.Contains(args[i])) throw new CommandLineException($"unknown option {args[i]}. {CommandLine.Usage}");
            if (i + 1 >= args.Length) throw new CommandLineException($"{args[i]} needs a value");
            options[args[i]] = args[++i];
        }
        if (positional.Count != positionalCount)
            throw new CommandLineException(positionalCount == 0
                ? $"unexpected argument \"{positional[0]}\". {CommandLine.Usage}"
                : $"expected a FILE. {CommandLine.Usage}");
        return new Arguments { Positional = positional, Options = options };
    }
}
