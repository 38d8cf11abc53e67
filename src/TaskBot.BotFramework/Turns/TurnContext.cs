using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>One inbound activity and the means to answer it.</summary>
public sealed class TurnContext(Activity activity, CallerIdentity caller, IActivitySender sender)
{
    private readonly List<Activity> _sent = [];
    private List<Activity>? _held;

    public Activity Activity { get; } = activity;
    public CallerIdentity Caller { get; } = caller;

    /// <summary>The locale the bot answers in; middleware sets it from the activity and the user's preference.</summary>
    public string Locale { get; set; } = activity.Locale ?? "";

    /// <summary>deliveryMode expectReplies: replies go back in the HTTP response instead of through the channel.</summary>
    public bool BufferReplies { get; } = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.Ordinal);

    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// The channel's record of the inbound activity (Direct Line's transcript), written within the turn once the
    /// conversation is held, so the transcript's order is the order its turns ran in.
    /// </summary>
    public Func<CancellationToken, Task>? RecordInbound { get; init; }

    /// <summary>Set when the turn runs a second time, after its first run met a <see cref="StaleTurnException"/>.</summary>
    public TurnRerun? Rerun { get; init; }

    /// <summary>Set by de-duplication when this activity was handled before; later middleware and the bot then skip it.</summary>
    public bool AlreadyHandled { get; set; }

    public IReadOnlyList<Activity> SentActivities => _sent;

    /// <summary>What middleware learned about this turn for the bot (who the sender is…), by type.</summary>
    public Dictionary<Type, object> Items { get; } = [];

    public ConversationReference Reference => Activity.GetConversationReference();

    public async Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        reply.ApplyConversationReference(Reference, Activity.Id);
        reply.Locale ??= Locale.Length > 0 ? Locale : null;
        _sent.Add(reply);
        if (BufferReplies) return new ResourceResponse();
        if (_held is not null && !sender.WritesToStore(Reference))
        {
            _held.Add(reply);
            return new ResourceResponse();
        }
        return await sender.SendAsync(Reference, reply, cancellationToken);
    }

    /// <summary>From now on, replies that would leave the process wait until <see cref="TakeHeld"/> (the turn's commit).</summary>
    internal void HoldReplies() => _held = [];

    /// <summary>The replies held so far, in order; later replies go out at once.</summary>
    internal IReadOnlyList<Activity> TakeHeld()
    {
        var held = _held ?? [];
        _held = null;
        return held;
    }
}
