using Microsoft.Extensions.DependencyInjection;
using TaskBot.Cli;

namespace TaskBot.Tests.Infrastructure;

/// <summary>Runs TaskBot's command line in-process against a test store, as a user would type it.</summary>
public static class Shell
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(TestStore store, params string[] args) => RunAsync(store, null, args);

    /// <param name="clock">The test's clock, for commands whose output depends on the day; the real one when null.</param>
    public static Task<Result> RunAsync(TestStore store, TimeProvider? clock, params string[] args) => RunAsync(store.Settings, clock, args);

    /// <summary>With settings of its own, e.g. the store's without a section, as a shell missing some variables would run it.</summary>
    public static async Task<Result> RunAsync(IEnumerable<KeyValuePair<string, string?>> settings, TimeProvider? clock, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, settings,
            clock is null ? null : services => services.AddSingleton(clock));
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>`invite …` as the office runs it; the binding code it prints on its last line.</summary>
    public static async Task<string> InviteAsync(TestStore store, params string[] who)
    {
        var result = await RunAsync(store, ["invite", .. who]);
        Assert.Equal(0, result.ExitCode);
        return result.Output.TrimEnd().Split('\n')[^1];
    }
}
