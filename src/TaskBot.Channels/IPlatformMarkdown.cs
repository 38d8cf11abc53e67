namespace TaskBot.Channels;

/// <summary>
/// The bot's Markdown as a platform shows it: 企业微信 and 钉钉 know no backslash escapes, so people's text must reach them
/// another way (the host's words decide how, the same way as for group robots).
/// </summary>
public interface IPlatformMarkdown
{
    string ForPlatform(string markdown);

    /// <summary>Text without any markup, for titles and notifications.</summary>
    string Plain(string markdown);
}
