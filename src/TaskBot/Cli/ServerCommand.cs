using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using TaskBot.Hosting;

namespace TaskBot.Cli;

/// <summary>No command, or `serve [--urls URLS]`: runs the server until it is stopped.</summary>
public static class ServerCommand
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static void AddTo(RootCommand root, CommandServices services)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where the server listens (default Server:DefaultUrls), e.g. http://0.0.0.0:3978.",
            HelpName = "URLS",
        };
        var serve = new Command("serve", "Run the server (the same as no command).") { urls };
        Func<ParseResult, CancellationToken, Task<int>> run = (r, _) => RunAsync(services, r.GetValue(urls), r.InvocationConfiguration.Error);
        serve.SetAction(run);
        root.Options.Add(urls);
        root.SetAction(run);
        root.Subcommands.Add(serve);
    }

    private static async Task<int> RunAsync(CommandServices services, string? urls, TextWriter error)
    {
        var settings = new Dictionary<string, string?>(services.Settings, StringComparer.OrdinalIgnoreCase);
        if (urls is not null) settings[WebHostDefaults.ServerUrlsKey] = urls;
        var builder = TaskBotHost.CreateBuilder([], settings);
        // A failed start is told in one line below, or thrown; the host's own log of it is a page of stack trace.
        var starting = true;
        builder.Logging.AddFilter(HostCategory, level => !starting || level < LogLevel.Error);
        await using var app = TaskBotHost.Build(builder);
        try
        {
            await app.StartAsync();
            starting = false;
            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            var port = Regex.Match(e.Message, @":(\d+):") is { Success: true } m ? $"port {m.Groups[1].Value}" : "the address";
            await error.WriteLineAsync(
                $"error: {port} is in use; use --urls http://localhost:PORT (or the setting Server:DefaultUrls) to listen elsewhere");
            return 1;
        }
    }
}
