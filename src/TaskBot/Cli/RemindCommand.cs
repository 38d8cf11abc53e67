using TaskBot.Data.Outbox;
using TaskBot.Dialogs.Conversations;
using TaskBot.Dialogs.Text;
using TaskBot.Reminders;
using TaskBot.Reminders.Delivery;
using TaskBot.Reminders.Robots;

namespace TaskBot.Cli;

/// <summary>
/// `remind weekly|escalation|digest|deadlines [--dry-run]`: runs a reminder job now, as the scheduler would when it
/// is due. Each message's key keeps it to once, however often this runs. --dry-run prints who would get what and sends nothing.
/// </summary>
public static class RemindCommand
{
    public const string Jobs = "weekly|escalation|digest|deadlines";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        if (args.Count(a => !a.StartsWith("--", StringComparison.Ordinal)) != 1) throw new CommandLineException($"remind takes one of {Jobs}");
        var parsed = Arguments.Parse(args, 1, [], ["--dry-run"]);
        if (!Enum.TryParse<ReminderJob>(parsed.Positional[0], ignoreCase: true, out var job) || int.TryParse(parsed.Positional[0], out _))
            throw new CommandLineException($"remind takes one of {Jobs}, not \"{parsed.Positional[0]}\"");
        var dryRun = parsed.Flag("--dry-run");
        var result = await services.GetRequiredService<ReminderRun>().RunAsync(job, now: true, dryRun, CancellationToken.None);
        foreach (var (message, already) in result.Messages)
            await output.WriteLineAsync($"{message.Kind} {message.Occasion} → {message.Summary}: {FirstLine(message)}{(already ? "  [already queued]" : "")}");
        foreach (var r in result.Unreachable)
            await output.WriteLineAsync($"{r.Kind} {r.Occasion} → {r.Recipient.Member?.Name ?? r.Recipient.Key}: no conversation with the bot; not sent");
        var fresh = result.Messages.Count(m => !m.AlreadyQueued);
        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: {fresh} would be sent, {result.Messages.Count - fresh} already queued before, {result.Unreachable.Count} unreachable; nothing was sent");
            return 0;
        }
        var sent = await services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);
        await output.WriteLineAsync($"{result.Queued} queued, {result.Messages.Count - fresh} already queued before, {result.Unreachable.Count} unreachable; {sent} delivery attempts made now");
        return 0;
    }

    private static string FirstLine(OutboxMessage message)
    {
        var text = RobotDelivery.SinkOf(message.Destination) is null ? BotEnvelope.FromJson(message.Payload).Activity.Text ?? "" : message.Payload;
        return TaskText.Shorten(Markdown.Plain(text.Split('\n')[0]), 80);
    }
}
