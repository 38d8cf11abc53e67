namespace TaskBot.Cli;

/// <summary>
/// The configuration settings on a command line, `--Section:Key=value` or `--Section:Key value`, anywhere
/// before a lone `--`; they are taken out before the command is parsed, so every command accepts them.
/// </summary>
public static class SettingArguments
{
    public static (string[] Others, Dictionary<string, string?> Settings) Extract(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") { rest.AddRange(args.Skip(i)); break; }
            if (!IsSetting(args[i])) { rest.Add(args[i]); continue; }
            var setting = args[i][2..];
            if (setting.IndexOf('=') is var equals and > 0) settings[setting[..equals]] = setting[(equals + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) settings[setting] = args[++i];
            else throw new CommandLineException($"{args[i]} needs a value: {args[i]}=VALUE");
        }
        return ([.. rest], settings);
    }

    private static bool IsSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Split('=', 2)[0].IndexOf(':') > 2;
}
