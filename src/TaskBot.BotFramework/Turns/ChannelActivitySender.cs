using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Sends through TaskBot's own Direct Line when the conversation lives there, else through the Connector at
/// the conversation's serviceUrl. A conversation the channel reports gone (403/404) is marked dead. A platform channel's
/// (<see cref="IChannelConnector"/>) activities are queued, and delivered by the queue's one-attempt call.
/// </summary>
public sealed class ChannelActivitySender(ConnectorClient connector, DirectLineChannel directLine, IConversationReferenceStore references,
    IEnumerable<IChannelConnector> platforms, IEnumerable<IActivityQueue> queues) : IActivitySender
{
    private readonly IChannelConnector[] _platforms = [.. platforms];

    public Task<ResourceResponse> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        Send(to, activity, retry: true, cancellationToken);

    public Task<ResourceResponse> SendOnceAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        Send(to, activity, retry: false, cancellationToken);

    public Task SendOnceAsync(PostedActivity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl == DirectLineChannel.ServiceUrl || Platform(activity.ServiceUrl) is not null)
        {
            var (to, parsed) = activity.ToActivity();
            return SendOnceAsync(to, parsed, cancellationToken);
        }
        return Guard(activity.ChannelId, activity.ConversationId, async () =>
        {
            await connector.PostOnceAsync(activity, cancellationToken);
            return new ResourceResponse();
        }, cancellationToken);
    }

    private Task<ResourceResponse> Send(ConversationReference to, Activity activity, bool retry, CancellationToken cancellationToken)
    {
        activity.PrepareForSending();
        if (Platform(to) is { } platform) return ToPlatform(platform, to, activity, queued: retry, cancellationToken);
        return Guard(to, () => IsDirectLine(to)
            ? directLine.SendAsync(to, activity, cancellationToken)
            : string.IsNullOrEmpty(activity.ReplyToId)
                ? connector.SendToConversationAsync(to.ServiceUrl, to.Conversation.Id!, activity, cancellationToken, retry)
                : connector.ReplyToActivityAsync(to.ServiceUrl, to.Conversation.Id!, activity.ReplyToId, activity, cancellationToken, retry),
            cancellationToken);
    }

    public async Task<ResourceResponse> UpdateAsync(ConversationReference to, string activityId, Activity activity,
        CancellationToken cancellationToken)
    {
        activity.PrepareForSending();
        // The platforms' app messages cannot be edited: the new version follows as a message of its own.
        if (Platform(to) is { } platform) return await ToPlatform(platform, to, activity, queued: true, cancellationToken);
        return await Guard(to, () => IsDirectLine(to)
            ? directLine.UpdateAsync(to, activityId, activity, cancellationToken)
            : connector.UpdateActivityAsync(to.ServiceUrl, to.Conversation.Id!, activityId, activity, cancellationToken), cancellationToken);
    }

    public Task DeleteAsync(ConversationReference to, string activityId, CancellationToken cancellationToken) =>
        Guard(to, async () =>
        {
            if (Platform(to) is not null) return new ResourceResponse();
            if (IsDirectLine(to)) await directLine.DeleteAsync(to, activityId, cancellationToken);
            else await connector.DeleteActivityAsync(to.ServiceUrl, to.Conversation.Id!, activityId, cancellationToken);
            return new ResourceResponse();
        }, cancellationToken);

    public bool WritesToStore(ConversationReference to) => IsDirectLine(to) || Platform(to) is not null;

    private IChannelConnector? Platform(ConversationReference to) => Platform(to.ServiceUrl);

    // Asked for every reply: a loop over the few platforms, not a query with a delegate.
    private IChannelConnector? Platform(string serviceUrl)
    {
        foreach (var platform in _platforms)
            if (platform.ServiceUrl == serviceUrl) return platform;
        return null;
    }

    private async Task<ResourceResponse> ToPlatform(IChannelConnector platform, ConversationReference to, Activity activity, bool queued,
        CancellationToken cancellationToken)
    {
        if (!queued) return await Guard(to, () => platform.DeliverAsync(to, activity, cancellationToken), cancellationToken);
        var queue = queues.LastOrDefault() ?? throw new InvalidOperationException($"no activity queue is registered for {to.ChannelId}");
        await queue.QueueAsync(to, activity, cancellationToken);
        return new ResourceResponse();
    }

    private static bool IsDirectLine(ConversationReference to) => to.ServiceUrl == DirectLineChannel.ServiceUrl;

    private Task<ResourceResponse> Guard(ConversationReference to, Func<Task<ResourceResponse>> send, CancellationToken cancellationToken) =>
        Guard(to.ChannelId, to.Conversation.Id!, send, cancellationToken);

    private async Task<ResourceResponse> Guard(string channelId, string conversationId, Func<Task<ResourceResponse>> send,
        CancellationToken cancellationToken)
    {
        try
        {
            return await send();
        }
        catch (ConversationGoneException)
        {
            await references.MarkDeadAsync(channelId, conversationId, cancellationToken);
            throw;
        }
    }
}
