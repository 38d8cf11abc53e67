using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Data.Instances;

/// <summary>
/// Several instances: an appended activity is announced with PostgreSQL's NOTIFY (conversation and watermark), which
/// reaches every instance when the appending transaction commits; the one holding the stream reads the transcript.
/// </summary>
public sealed class DirectLineNotifier(TaskBotDbContext db) : IDirectLineFanOut
{
    public const string Channel = "taskbot_directline";

    // No gate in this process: the store lets one append at a time into a conversation, on every instance.
    public async Task AppendAsync(string conversationId, Activity activity, Func<Task<long>> append, CancellationToken cancellationToken)
    {
        var watermark = await append();
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Payload(conversationId, watermark)})", cancellationToken);
    }

    // The NOTIFY went out with the commit.
    public Task CommittedAsync(string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;

    public static string Payload(string conversationId, long watermark) => $"{watermark.ToString(CultureInfo.InvariantCulture)} {conversationId}";

    public static (string ConversationId, long Watermark)? Parse(string payload) =>
        payload.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space
            && long.TryParse(payload.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark)
            ? (payload[(space + 1)..], watermark) : null;
}
