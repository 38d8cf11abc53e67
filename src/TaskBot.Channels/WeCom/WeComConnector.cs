using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Channels.WeCom;

/// <summary>
/// Delivers an activity to a member as app messages: its text as markdown and, when it has buttons, a button card
/// (template_card, button_interaction) whose clicks come back as events carrying the button's text as its key.
/// Within the platform's limits per member and per day.
/// </summary>
public sealed class WeComConnector(WeComClient client, IPlatformMarkdown markdown, IOptions<WeComOptions> options, IPlatformQuota quota)
    : IChannelConnector
{
    // 企业微信's documented sizes: markdown 2048 bytes; card title 36 characters; at most 6 buttons of 10 characters.
    private const int MarkdownBytes = 2048;
    private const int TitleChars = 36;
    private const int MaxButtons = 6;
    private readonly PlatformLimits _limits = new(WeComChannel.ChannelId, options.Value.PerPersonPerMinute,
        options.Value.PerPersonPerHour, options.Value.DailyQuota);

    public string ServiceUrl => WeComChannel.ServiceUrl;

    public bool IsOn { get; } = options.Value.Enabled;

    public async Task<ResourceResponse> DeliverAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsOn) throw new ChannelOffException(WeComChannel.ChannelId);
        var user = to.User?.Id ?? to.Conversation.Id!;
        var buttons = ReplyButtons.Of(activity);
        var text = markdown.ForPlatform(activity.Text ?? "");
        var messages = new List<JsonObject>();
        if (text.Length > 0)
            messages.Add(new JsonObject
            {
                ["touser"] = user, ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = PlatformText.Fit(text, MarkdownBytes) },
            });
        if (buttons.Count > 0) messages.Add(Card(user, markdown.Plain(activity.Text ?? ""), buttons));
        await quota.TakeOrThrowAsync(_limits, user, messages.Count, cancellationToken);
        foreach (var message in messages) await client.SendAsync(message, cancellationToken);
        return new ResourceResponse { Id = Guid.NewGuid().ToString("N") };
    }

    private static JsonObject Card(string user, string plain, IReadOnlyList<(string Title, string Text)> buttons) => new()
    {
        ["touser"] = user,
        ["msgtype"] = "template_card",
        ["template_card"] = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject { ["title"] = PlatformText.Title(plain, TitleChars) },
            // Unique per app: a card's clicks are told apart by it.
            ["task_id"] = Guid.NewGuid().ToString("N"),
            ["button_list"] = new JsonArray([.. buttons.Take(MaxButtons).Select(b => (JsonNode)new JsonObject
            {
                ["text"] = b.Title.Length <= 10 ? b.Title : b.Title[..10], ["style"] = 1, ["key"] = b.Text,
            })]),
        },
    };
}
