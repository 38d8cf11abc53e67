using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>The bot's side of TaskBot's own Direct Line: what the bot sends lands in the transcript and on the stream.</summary>
public sealed class DirectLineChannel(
    IDirectLineStore store, IDirectLineFanOut fanOut, IOptions<DirectLineOptions> options, TimeProvider time)
{
    /// <summary>The serviceUrl of Direct Line conversations: in-process, never fetched.</summary>
    public const string ServiceUrl = "urn:taskbot:directline";
    public const string ChannelId = "directline";

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    public async Task<ResourceResponse> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken)
    {
        activity.From ??= Bot;
        await AppendAsync(to.Conversation.Id!, activity, cancellationToken);
        return new ResourceResponse { Id = activity.Id };
    }

    /// <summary>Records an activity (the bot's, or a client's echo) and sends it on to the conversation's stream.</summary>
    public async Task AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp = time.GetUtcNow().ToString("O");
        await fanOut.AppendAsync(conversationId, activity, () => store.AppendAsync(conversationId, activity, cancellationToken), cancellationToken);
    }

    /// <summary>The echo of a client's activity, recorded inside its turn, reaches the stream once the turn committed.</summary>
    public Task CommittedAsync(string conversationId, CancellationToken cancellationToken) =>
        fanOut.CommittedAsync(conversationId, cancellationToken);

    public async Task<ResourceResponse> UpdateAsync(ConversationReference to, string activityId, Activity activity,
        CancellationToken cancellationToken)
    {
        activity.From ??= Bot;
        if (!await store.ReplaceAsync(to.Conversation.Id!, activityId, activity, cancellationToken))
            throw new Connector.ConversationGoneException(404, $"no activity {activityId} in Direct Line conversation {to.Conversation.Id}");
        return new ResourceResponse { Id = activityId };
    }

    public Task DeleteAsync(ConversationReference to, string activityId, CancellationToken cancellationToken) =>
        UpdateAsync(to, activityId, new Activity { Type = "messageDelete", Id = activityId }, cancellationToken);
}
