using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Channels.DingTalk;

/// <summary>
/// Delivers an activity as markdown, or as an action card whose buttons send their text back as the member
/// (dtmd://dingtalkclient/sendMessage links). It goes through the conversation's session webhook while one is valid and
/// taken (replies, and what waited for the member to write: a webhook is outside the API's quota); else (most reminders
/// and notices) through the robot's server API, within the per-person and daily limits.
/// </summary>
public sealed class DingTalkConnector(DingTalkClient client, DingTalkSessions sessions, IPlatformMarkdown markdown, IOptions<DingTalkOptions> options,
    IPlatformQuota quota) : IChannelConnector
{
    private const int TextBytes = 5000;
    private const int TitleChars = 30;
    private const int MaxButtons = 5;
    private readonly PlatformLimits _limits =
        new(DingTalkChannel.ChannelId, options.Value.PerPersonPerMinute, 0, options.Value.DailyQuota);

    public string ServiceUrl => DingTalkChannel.ServiceUrl;
    public string ChannelId => DingTalkChannel.ChannelId;

    public bool IsOn { get; } = options.Value.Enabled;

    public async Task<ResourceResponse> DeliverAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsOn) throw new ChannelOffException(DingTalkChannel.ChannelId);
        var text = PlatformText.Fit(markdown.ForPlatform(activity.Text ?? ""), TextBytes);
        var title = PlatformText.Title(markdown.Plain(activity.Text ?? ""), TitleChars);
        var buttons = ReplyButtons.Of(activity).Take(MaxButtons).ToList();
        var group = to.Conversation.IsGroup == true;
        if (!await TryReplyAsync(to.Conversation.Id!, WebhookMessage(title, text, buttons), cancellationToken))
        {
            await quota.TakeOrThrowAsync(_limits, group ? to.Conversation.Id! : to.User!.Id!, 1, cancellationToken);
            var (key, param) = Template(title, text, buttons);
            await client.SendAsync(group ? null : to.User!.Id, group ? to.Conversation.Id : null, key, param, cancellationToken);
        }
        return new ResourceResponse { Id = Guid.NewGuid().ToString("N") };
    }

    // 钉钉 may drop a session before the expiry it gave (300001 session 不存在, e.g. the member signed in on another device):
    // the robot API still reaches the conversation. Its flow control (429) and failures of the network are retried as they are.
    private async Task<bool> TryReplyAsync(string conversationId, JsonObject message, CancellationToken cancellationToken)
    {
        if (await sessions.FindAsync(conversationId, cancellationToken) is not { } webhook) return false;
        try
        {
            await client.ReplyAsync(webhook, message, cancellationToken);
            return true;
        }
        catch (ConnectorException e) when (e.Status is >= 400 and < 500 and not 429)
        {
            return false;
        }
    }

    private static JsonObject WebhookMessage(string title, string text, IReadOnlyList<(string Title, string Text)> buttons) => buttons.Count == 0
        ? new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["title"] = title, ["text"] = text } }
        : new JsonObject
        {
            ["msgtype"] = "actionCard",
            ["actionCard"] = new JsonObject
            {
                ["title"] = title, ["text"] = text, ["btnOrientation"] = "0",
                ["btns"] =
                    new JsonArray([.. buttons.Select(b => (JsonNode)new JsonObject { ["title"] = b.Title, ["actionURL"] = SendBack(b.Text) })]),
            },
        };

    /// <summary>The robot API's templates: sampleMarkdown, or sampleActionCard with one button, sampleActionCard2…5 with more.</summary>
    private static (string Key, JsonObject Param) Template(string title, string text, IReadOnlyList<(string Title, string Text)> buttons)
    {
        var param = new JsonObject { ["title"] = title, ["text"] = text };
        if (buttons.Count == 0) return ("sampleMarkdown", param);
        if (buttons.Count == 1)
        {
            (param["singleTitle"], param["singleURL"]) = (buttons[0].Title, SendBack(buttons[0].Text));
            return ("sampleActionCard", param);
        }
        for (var i = 0; i < buttons.Count; i++)
            (param[$"actionTitle{i + 1}"], param[$"actionURL{i + 1}"]) = (buttons[i].Title, SendBack(buttons[i].Text));
        return ($"sampleActionCard{buttons.Count}", param);
    }

    // Tapping the button sends its text into the chat as the member, which comes back to us as a message.
    private static string SendBack(string text) => "dtmd://dingtalkclient/sendMessage?content=" + Uri.EscapeDataString(text);
}
