using TaskBot.Import;

namespace TaskBot.Cli;

/// <summary>`parse FILE`: the plan as JSON on stdout; touches no database.</summary>
public static class ParseCommand
{
    public static void Run(Arguments args, TextWriter output) =>
        output.WriteLine(PlanJson.Serialize(PlanParser.ParseFile(args.Positional[0])));
}
