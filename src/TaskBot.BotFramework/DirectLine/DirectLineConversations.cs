using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Hosting;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>The client's side of TaskBot's Direct Line: starting conversations and posting activities to the bot.</summary>
public sealed class DirectLineConversations(
    IDirectLineStore store, DirectLineChannel channel, ActivityProcessor processor, IOptions<DirectLineOptions> options)
{
    private static readonly CallerIdentity InProcess = new(false, null, true);

    public static string NewConversationId() => Guid.NewGuid().ToString("N");

    public static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");

    /// <summary>Creates the conversation if it is new (true) and tells the bot who joined.</summary>
    public async Task<bool> StartAsync(DirectLineGrant grant, CancellationToken cancellationToken)
    {
        if (await store.ConversationExistsAsync(grant.ConversationId, cancellationToken)) return false;
        await store.CreateConversationAsync(grant.ConversationId, grant.UserId, cancellationToken);
        var update = Inbound(grant, new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [channel.Bot, new ChannelAccount { Id = grant.UserId, Role = "user" }],
        });
        await processor.ProcessAsync(update, InProcess, cancellationToken);
        return true;
    }

    /// <summary>Whether the conversation is at its cap, or would be over it with <paramref name="incomingBytes"/> more.</summary>
    public async Task<bool> IsFullAsync(string conversationId, int incomingBytes, CancellationToken cancellationToken)
    {
        var (activities, bytes) = await store.UsageAsync(conversationId, cancellationToken);
        return activities >= options.Value.MaxActivitiesPerConversation || bytes + incomingBytes > options.Value.MaxBytesPerConversation;
    }

    /// <summary>An activity's id in a transcript: the conversation's, then a random part.</summary>
    public static string NewActivityId(string conversationId) =>
        $"{conversationId}|{Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant()}";

    /// <summary>
    /// Runs the bot's turn on the client's activity, recording it (its echo) once the turn holds the conversation:
    /// activities posted at once get their watermarks in the order their turns run. Returns the activity's id.
    /// </summary>
    public async Task<string> PostAsync(DirectLineGrant grant, Activity activity, string? clientAddress, CancellationToken cancellationToken)
    {
        Inbound(grant, activity).Id = NewActivityId(grant.ConversationId);
        await processor.ProcessAsync(activity, InProcess with { ClientAddress = clientAddress }, cancellationToken,
            ct => channel.AppendAsync(grant.ConversationId, activity, ct));
        // Past the commit: a client that gave up must not keep its stream from what the turn committed.
        await channel.CommittedAsync(grant.ConversationId, CancellationToken.None);
        return activity.Id!;
    }

    private Activity Inbound(DirectLineGrant grant, Activity activity)
    {
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.ServiceUrl = DirectLineChannel.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = grant.ConversationId };
        activity.Recipient = channel.Bot;
        activity.From ??= new ChannelAccount { Id = grant.UserId, Role = "user" };
        activity.From.Id = grant.UserId;
        return activity;
    }
}
