using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>
/// A chat platform of its own (企业微信, 钉钉) beside Bot Framework: its conversations carry the connector's service URL.
/// Replies to it are queued (<see cref="IActivityQueue"/>) and delivered later by one call here, since the platform
/// wants its callback answered at once.
/// </summary>
public interface IChannelConnector
{
    string ServiceUrl { get; }

    /// <summary>The channel id its conversations carry.</summary>
    string ChannelId { get; }

    /// <summary>Set up in this process's settings; a connector that is not refuses to deliver.</summary>
    bool IsOn { get; }

    /// <summary>One attempt; throws <see cref="Connector.ConnectorException"/> when the platform refuses or fails.</summary>
    Task<ResourceResponse> DeliverAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken);
}
