using Microsoft.Extensions.Options;
using TaskBot.Hosting;
using TaskBot.Import;

namespace TaskBot.Cli;

/// <summary>
/// taskbot                      run the server
/// taskbot parse FILE           print the parsed plan as JSON (no database)
/// taskbot import FILE          import a plan into the configured database
/// taskbot tasks [--unit NAME] [--leader NAME]
/// taskbot invite (--unit NAME | --leader NAME | --office) [--days N]
/// taskbot remind weekly|escalation|digest|deadlines [--dry-run]
/// </summary>
public static class CommandLine
{
    public const string Usage = "usage: TaskBot [parse FILE | import FILE | tasks [--unit NAME] [--leader NAME] | invite (--unit NAME | --leader NAME | --office) [--days N] | remind weekly|escalation|digest|deadlines [--dry-run]] (no command runs the server)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case "invite":
                    return await WithServices(settings, sp => InviteCommand.RunAsync(Arguments.Parse(args[1..], 0, ["--unit", "--leader", "--days"], ["--office"]), sp, output));
                case "remind":
                    return await WithServices(settings, sp => RemindCommand.RunAsync(args[1..], sp, output));
                case "help" or "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                case null or "serve":
                case var a when a.StartsWith('-'):
                    await RunServerAsync(args.SkipWhile(a => a == "serve").ToArray(), settings);
                    return 0;
                case "parse":
                    ParseCommand.Run(Arguments.Parse(args[1..], 1, []), output);
                    return 0;
                case "import":
                    return await WithServices(settings, sp => ImportCommand.RunAsync(Arguments.Parse(args[1..], 1, []), sp, output));
                case "tasks":
                    return await WithServices(settings, sp => TasksCommand.RunAsync(Arguments.Parse(args[1..], 0, ["--unit", "--leader"]), sp, output));
                default:
                    throw new CommandLineException($"unknown command \"{args[0]}\". {Usage}");
            }
        }
        catch (Exception e) when (e is CommandLineException or PlanFormatException or FileNotFoundException or OptionsValidationException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return e is CommandLineException ? 2 : 1;
        }
    }

    private static async Task RunServerAsync(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var app = TaskBotHost.Build(TaskBotHost.CreateBuilder(args, settings));
        await app.RunAsync();
    }

    private static async Task<int> WithServices(IEnumerable<KeyValuePair<string, string?>>? settings, Func<IServiceProvider, Task<int>> command)
    {
        await using var app = TaskBotHost.Build(TaskBotHost.CreateBuilder([], settings));
        await app.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider);
    }
}
