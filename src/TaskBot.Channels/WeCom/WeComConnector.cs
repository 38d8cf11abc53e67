using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Channels.WeCom;

/// <summary>
/// Delivers an activity to a member as app messages: its text as markdown and, when it has buttons, a button card
/// (template_card, button_interaction) whose clicks come back as events carrying the button's text as its key. A text
/// short enough for the card goes in it, as one message.
/// Within the platform's limits per member and per day.
/// </summary>
public sealed class WeComConnector(WeComClient client, IPlatformMarkdown markdown, IOptions<WeComOptions> options, IPlatformQuota quota)
    : IChannelConnector
{
    // 企业微信's documented sizes: markdown 2048 bytes; card title 36 characters and text under it 160; at most 6 buttons
    // of 10 characters.
    private const int MarkdownBytes = 2048;
    private const int TitleChars = 36;
    private const int SubtitleChars = 160;
    private const int MaxButtons = 6;
    private readonly PlatformLimits _limits = new(WeComChannel.ChannelId, options.Value.PerPersonPerMinute,
        options.Value.PerPersonPerHour, options.Value.DailyQuota);

    public string ServiceUrl => WeComChannel.ServiceUrl;
    public string ChannelId => WeComChannel.ChannelId;

    public bool IsOn { get; } = options.Value.Enabled;

    public async Task<ResourceResponse> DeliverAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsOn) throw new ChannelOffException(WeComChannel.ChannelId);
        var user = to.User?.Id ?? to.Conversation.Id!;
        var buttons = ReplyButtons.Of(activity);
        var text = markdown.ForPlatform(activity.Text ?? "");
        var plain = markdown.Plain(activity.Text ?? "");
        var messages = new List<JsonObject>();
        if (buttons.Count > 0 && CardHolds(plain)) messages.Add(Card(user, plain, buttons, withText: true));
        else
        {
            var markdownMessage = new JsonObject
            {
                ["touser"] = user, ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = PlatformText.Fit(text, MarkdownBytes) },
            };
            // Text too long for the card goes first on its own: the platform drops it when a retry of a failed card
            // sends it again (重复消息检查: the same content within 1800 s by default).
            if (buttons.Count > 0) markdownMessage["enable_duplicate_check"] = 1;
            if (text.Length > 0) messages.Add(markdownMessage);
            if (buttons.Count > 0) messages.Add(Card(user, plain, buttons, withText: false));
        }
        await quota.TakeOrThrowAsync(_limits, user, messages.Count, cancellationToken);
        foreach (var message in messages) await client.SendAsync(message, cancellationToken);
        return new ResourceResponse { Id = Guid.NewGuid().ToString("N") };
    }

    // The card's text is plain: a title line, and below it up to 160 characters (sub_title_text).
    private static bool CardHolds(string plain)
    {
        var lines = Lines(plain);
        return lines.Length > 0 && lines[0].Length <= TitleChars && string.Join("\n", lines.Skip(1)).Length <= SubtitleChars;
    }

    private static string[] Lines(string plain) => plain.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JsonObject Card(string user, string plain, IReadOnlyList<(string Title, string Text)> buttons, bool withText)
    {
        var card = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject { ["title"] = PlatformText.Title(plain, TitleChars) },
            // Unique per app: a card's clicks are told apart by it.
            ["task_id"] = Guid.NewGuid().ToString("N"),
            ["button_list"] = new JsonArray([.. buttons.Take(MaxButtons).Select(b => (JsonNode)new JsonObject
            {
                ["text"] = b.Title.Length <= 10 ? b.Title : b.Title[..10], ["style"] = 1, ["key"] = b.Text,
            })]),
        };
        if (withText && Lines(plain).Skip(1).ToList() is { Count: > 0 } rest) card["sub_title_text"] = string.Join("\n", rest);
        return new JsonObject { ["touser"] = user, ["msgtype"] = "template_card", ["template_card"] = card };
    }
}
