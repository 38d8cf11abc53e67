using System.CommandLine;
using TaskBot.Import;

namespace TaskBot.Cli;

/// <summary>`parse FILE`: the plan as JSON on stdout; touches no database.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = FileArgument();
        var command = new Command("parse", "Print the parsed plan as JSON; touches no database.") { file };
        command.SetAction(r => r.InvocationConfiguration.Output.WriteLine(PlanJson.Serialize(PlanParser.ParseFile(r.GetValue(file)!))));
        return command;
    }

    public static Argument<string> FileArgument() => new("FILE")
    {
        Description = "A decomposition document: numbered sections or a table; UTF-8, UTF-16 or GB18030.",
    };
}
