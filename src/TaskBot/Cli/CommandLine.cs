using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.Extensions.Options;
using TaskBot.Import;

namespace TaskBot.Cli;

/// <summary>
/// taskbot [serve] [--urls URLS]  run the server
/// taskbot parse FILE           print the parsed plan as JSON (no database)
/// taskbot import FILE          import a plan into the configured database
/// taskbot tasks [--unit NAME] [--leader NAME]
/// taskbot task add|change N|withdraw N …   the office's edits of one task
/// taskbot invite (--unit NAME | --leader NAME | --office) [--days N]
/// taskbot remind weekly|escalation|digest|deadlines [--dry-run]
/// taskbot export ledger [--plan TITLE|YEAR] [--out FILE.xlsx]
/// Every command also takes settings, --Section:Key=value, anywhere on the line.
/// </summary>
public static class CommandLine
{
    /// <param name="settings">Settings under those of the command line (the tests' stores).</param>
    /// <param name="services">Changes to the commands' services (the tests' clock).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? services = null)
    {
        output = new TerminalWriter(output);
        error = new TerminalWriter(error);
        try
        {
            var (rest, typed) = SettingArguments.Extract(args);
            var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in (settings ?? []).Concat(typed)) all[key] = value;
            var parsed = Root(new CommandServices(all, services)).Parse(rest);
            if (parsed.Action is ParseErrorAction)
                throw new CommandLineException(string.Join(" ", parsed.Errors.Select(e => e.Message)) + " (see --help)");
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null, // the server stops on Ctrl+C itself; the other commands just end
            });
        }
        catch (Exception e) when (e is CommandLineException or PlanFormatException or FileNotFoundException or OptionsValidationException
                                       or Hosting.OfficeDocumentException
                                       or InvalidOperationException { InnerException: FormatException }) // a setting of the wrong type
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return e is CommandLineException or Hosting.OfficeDocumentException ? 2 : 1;
        }
    }

    private static RootCommand Root(CommandServices services)
    {
        var root = new RootCommand("TaskBot, the supervision chat bot. With no command it runs the server. "
            + "Every command also takes settings of appsettings.json, --Section:Key=value or --Section:Key value, before or after it.")
        {
            ParseCommand.Create(),
            ImportCommand.Create(services),
            TasksCommand.Create(services),
            TaskCommand.Create(services),
            InviteCommand.Create(services),
            RemindCommand.Create(services),
            ExportCommand.Create(services),
        };
        ServerCommand.AddTo(root, services);
        return root;
    }
}
