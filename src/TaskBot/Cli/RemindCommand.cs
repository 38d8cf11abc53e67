using System.CommandLine;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Outbox;
using TaskBot.Dialogs.Conversations;
using TaskBot.Words;
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
    private static readonly string[] Jobs = [.. Enum.GetNames<ReminderJob>().Select(n => n.ToLowerInvariant())];

    public static Command Create(CommandServices services)
    {
        var job = new Argument<string>("JOB") { Description = "weekly, escalation, digest or deadlines." };
        job.CompletionSources.Add(Jobs);
        job.Validators.Add(r =>
        {
            var name = r.GetValueOrDefault<string>();
            if (Job(name) is null) r.AddError($"remind takes one of {string.Join('|', Jobs)}, not \"{name}\"");
        });
        var dryRun = new Option<bool>("--dry-run") { Description = "Print who would get what; send nothing." };
        var command = new Command("remind", "Run a reminder job now, as the scheduler would when it is due.") { job, dryRun };
        command.SetAction((r, ct) => services.RunAsync(sp =>
            RunAsync(sp, Job(r.GetValue(job))!.Value, r.GetValue(dryRun), r.InvocationConfiguration.Output, ct)));
        return command;
    }

    private static ReminderJob? Job(string? name) =>
        Jobs.Contains(name, StringComparer.OrdinalIgnoreCase) ? Enum.Parse<ReminderJob>(name!, ignoreCase: true) : null;

    private static async Task<int> RunAsync(IServiceProvider services, ReminderJob job, bool dryRun, TextWriter output, CancellationToken ct)
    {
        var result = await services.GetRequiredService<ReminderRun>().RunAsync(job, now: true, dryRun, ct);
        var off = services.GetServices<IChannelConnector>().Where(c => !c.IsOn).Select(c => c.ServiceUrl).ToHashSet();
        var waiting = 0;
        foreach (var (message, already) in result.Messages)
        {
            var channelOff = OffChannel(message, off);
            if (channelOff is not null) waiting++;
            var notes = (already ? "  [already queued]" : "")
                + (channelOff is null ? "" : $"  [{channelOff} is not set up in these settings: waits for a server that has it]");
            await output.WriteLineAsync($"{message.Kind} {message.Occasion} → {message.Summary}: {FirstLine(message)}{notes}");
        }
        foreach (var r in result.Unreachable)
            await output.WriteLineAsync($"{r.Kind} {r.Occasion} → {r.Recipient.Member?.Name ?? r.Recipient.Key}: "
                + "no conversation with the bot; not sent");
        var fresh = result.Messages.Count(m => !m.AlreadyQueued);
        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: {fresh} would be sent, {result.Messages.Count - fresh} already queued before, "
                + $"{result.Unreachable.Count} unreachable; nothing was sent");
            if (waiting > 0) await output.WriteLineAsync($"{waiting} of them are for a channel not set up in these settings: they would wait");
            return 0;
        }
        var sent = await services.GetRequiredService<OutboxSender>().DrainAsync(ct);
        await output.WriteLineAsync($"{result.Queued} queued, {result.Messages.Count - fresh} already queued before, "
            + $"{result.Unreachable.Count} unreachable; {sent} delivery attempts made now");
        if (result.Messages.Count == 0) return 0;
        // A server running on the same store may have sent them first: what counts is where each message stands.
        var states = await services.GetRequiredService<OutboxStore>().StatesAsync([.. result.Messages.Select(m => m.Message.Kind).Distinct()],
            [.. result.Messages.Select(m => m.Message.Occasion).Distinct()], ct);
        int Count(OutboxStatus status) => states.GetValueOrDefault(status);
        await output.WriteLineAsync($"of this job's messages: {Count(OutboxStatus.Sent)} sent, {Count(OutboxStatus.Pending)} waiting to be sent " +
            $"(a retry, or the rate limit), {Count(OutboxStatus.Dead) + Count(OutboxStatus.Failed)} not delivered (the office is told)");
        if (waiting > 0)
            await output.WriteLineAsync($"{waiting} of them are for a channel not set up in these settings: "
                + "they wait in the outbox for a server that has it");
        return 0;
    }

    /// <summary>The channel of a chat message whose connector is off in this process; null for any other.</summary>
    private static string? OffChannel(OutboxMessage message, HashSet<string> off) =>
        off.Count > 0 && RobotDelivery.SinkOf(message.Destination) is null && BotEnvelope.FromJson(message.Payload).Reference is var to
            && off.Contains(to.ServiceUrl) ? to.ChannelId : null;

    private static string FirstLine(OutboxMessage message)
    {
        var text = RobotDelivery.SinkOf(message.Destination) is null ? BotEnvelope.FromJson(message.Payload).Activity.Text ?? "" : message.Payload;
        return TaskText.Shorten(Markdown.Plain(text.Split('\n')[0]), 80);
    }
}
