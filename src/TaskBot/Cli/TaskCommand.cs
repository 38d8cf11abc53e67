using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TaskBot.Dialogs.Conversations;
using TaskBot.Domain.Plans;

namespace TaskBot.Cli;

/// <summary>
/// `task add|change|withdraw`: the office keeps a plan or list current between imports. Names are separated by 、 or
/// commas; units must be known (a typo must not create a second unit).
/// </summary>
public static class TaskCommand
{
    public static Command Create(CommandServices services)
    {
        var addList = ListOption();
        var text = new Option<string>("--text") { Description = "The task's text.", Required = true };
        var addLeaders = NamesOption("--leaders", "Lead leaders (牵头领导).");
        var addLead = NamesOption("--lead-units", "Lead units (牵头单位).");
        addLead.Required = true;
        var addUnits = NamesOption("--units", "Responsible units (责任单位).");
        var addDeadline = DeadlineOption();
        addDeadline.Required = true;
        var add = new Command("add", "Add a task; it takes the list's next number.") { addList, text, addLeaders, addLead, addUnits, addDeadline };
        add.SetAction((r, ct) => RunAsync(services, r, (e, by, c) => e.AddAsync(r.GetValue(addList), new TaskDraft(0, r.GetValue(text)!.Trim(),
            Names(r.GetValue(addLeaders)), Names(r.GetValue(addLead)), Names(r.GetValue(addUnits)), r.GetValue(addDeadline), false, []), by, c), ct));

        var changeList = ListOption();
        var changeNumber = NumberArgument();
        var deadline = DeadlineOption();
        var reason = new Option<string>("--reason") { Description = "Why (kept in the task's deadline history, or with the withdrawal)." };
        var leaders = NamesOption("--leaders", "The new lead leaders.");
        var lead = NamesOption("--lead-units", "The new lead units.");
        var units = NamesOption("--units", "The new responsible units.");
        var change =
            new Command("change", "Change a task's deadline, leaders or units.") { changeNumber, changeList, deadline, reason, leaders, lead, units };
        change.SetAction((r, ct) => RunAsync(services, r, (e, by, c) => e.ChangeAsync(r.GetValue(changeList), r.GetValue(changeNumber),
            new TaskChangeOrder(r.GetValue(deadline), r.GetValue(reason), NamesOrNull(r.GetValue(leaders)), NamesOrNull(r.GetValue(lead)),
                NamesOrNull(r.GetValue(units))), by, c), ct));

        var withdrawList = ListOption();
        var withdrawNumber = NumberArgument();
        var withdrawReason = new Option<string>("--reason") { Description = "Why the task is withdrawn.", Required = true };
        var withdraw = new Command("withdraw", "Withdraw a task: its reports stay, it leaves every list, reminder and count.")
            { withdrawNumber, withdrawList, withdrawReason };
        withdraw.SetAction((r, ct) => RunAsync(services, r, (e, by, c) =>
            e.WithdrawAsync(r.GetValue(withdrawList), r.GetValue(withdrawNumber), r.GetValue(withdrawReason)!.Trim(), by, c), ct));
        return new Command("task", "Add, change or withdraw one task.") { add, change, withdraw };
    }

    private static async Task<int> RunAsync(CommandServices services, ParseResult r,
        Func<ITaskEditor, string, CancellationToken, Task<TaskEditResult>> edit, CancellationToken ct)
    {
        var result = await services.RunAsync(sp => edit(sp.GetRequiredService<ITaskEditor>(), "command line", ct));
        var output = r.InvocationConfiguration.Output;
        switch (result.Problem)
        {
            case null:
                await output.WriteLineAsync(
                    $"{result.List}: task #{result.Number} {(result.Changed.Count == 0 ? "added" : string.Join(", ", result.Changed))}");
                return 0;
            case TaskEditProblem.UnknownUnits:
                throw new CommandLineException($"no unit is named {string.Join("、", result.UnknownUnits.Select(n => $"\"{n}\""))}");
            case TaskEditProblem.NothingToChange:
                throw new CommandLineException($"task #{result.Number} already reads so: nothing to change");
            case TaskEditProblem.AlreadyWithdrawn:
                throw new CommandLineException($"task #{result.Number} is withdrawn already");
            case TaskEditProblem.NoSuchTask:
                throw new CommandLineException($"{result.List} has no task #{result.Number}");
            default:
                throw new CommandLineException("no such plan or list (see --list)");
        }
    }

    private static Option<string> ListOption() =>
        new("--list", "--plan")
        {
            Description = "The list by name (领导批示), or the plan by title or year; the plan being supervised by default.", HelpName = "NAME|YEAR",
        };

    private static Option<string> NamesOption(string name, string description) =>
        new(name) { Description = description + " Separated by 、 or commas.", HelpName = "NAMES" };

    private static Argument<int> NumberArgument()
    {
        var number = new Argument<int>("N") { Description = "The task's number." };
        number.CustomParser = r => int.TryParse(r.Tokens.Single().Value, out var n) && n > 0 ? n : Refuse<int>(r, "N is a task number such as 11");
        return number;
    }

    private static Option<DateOnly?> DeadlineOption()
    {
        var deadline = new Option<DateOnly?>("--deadline") { Description = "The deadline (完成时限).", HelpName = "YYYY-MM-DD" };
        deadline.CustomParser = r =>
            DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : Refuse<DateOnly?>(r, "--deadline takes a date such as 2026-03-31");
        return deadline;
    }

    private static T Refuse<T>(ArgumentResult r, string message)
    {
        r.AddError(message);
        return default!;
    }

    private static IReadOnlyList<string> Names(string? list) => TaskFields.Names(list) ?? [];

    private static IReadOnlyList<string>? NamesOrNull(string? list) => TaskFields.Names(list);
}
