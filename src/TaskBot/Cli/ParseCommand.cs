using System.CommandLine;
using TaskBot.Documents;
using TaskBot.Domain.Plans;

namespace TaskBot.Cli;

/// <summary>`parse FILE [--sheet NAME]`: the plan as JSON on stdout; touches no database.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = FileArgument();
        var sheet = SheetOption();
        var command = new Command("parse", "Print the parsed plan as JSON; touches no database.") { file, sheet };
        command.SetAction(async r =>
        {
            var plan = await ReadAsync(r, file, sheet, r.InvocationConfiguration.Error);
            await r.InvocationConfiguration.Output.WriteLineAsync(PlanJson.Serialize(plan));
        });
        return command;
    }

    public static Argument<string> FileArgument() => new("FILE")
    {
        Description = "A decomposition document: .docx, .xlsx, or text (numbered sections, a table, or tab/comma-separated rows; "
            + "UTF-8, UTF-16 or GB18030).",
    };

    public static Option<string> SheetOption() => new("--sheet")
    {
        Description = "The sheet of an .xlsx to read; by default the first with a header row.",
        HelpName = "NAME",
    };

    /// <summary>Reads the plan, saying on <paramref name="notes"/> which sheet of a workbook was read.</summary>
    public static async Task<PlanDraft> ReadAsync(ParseResult r, Argument<string> file, Option<string> sheet, TextWriter notes,
        int? year = null)
    {
        var (plan, read) = PlanDocument.ParseFile(r.GetValue(file)!, r.GetValue(sheet), year);
        if (read is not null) await notes.WriteLineAsync($"sheet: {read}");
        else if (r.GetValue(sheet) is not null) throw new CommandLineException("--sheet is for .xlsx workbooks only");
        return plan;
    }
}
