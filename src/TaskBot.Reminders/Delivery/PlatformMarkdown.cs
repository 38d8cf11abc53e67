using TaskBot.Channels;
using TaskBot.Words;

namespace TaskBot.Reminders.Delivery;

/// <summary>The bot's Markdown for 企业微信 and 钉钉 apps: people's text as full-width look-alikes, as for their group robots.</summary>
public sealed class PlatformMarkdown : IPlatformMarkdown
{
    public string ForPlatform(string markdown) => Markdown.WithoutEscapes(markdown);

    public string Plain(string markdown) => Markdown.Plain(markdown);
}
