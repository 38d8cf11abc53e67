using TaskBot.BotFramework.Schema;

namespace TaskBot.Tests.Infrastructure;

public static class ReplyAssertions
{
    /// <summary>All reply texts, joined, for Contains assertions.</summary>
    public static string Texts(this IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    public static IReadOnlyList<string> Buttons(this IEnumerable<Activity> replies) =>
        [.. replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title ?? "")];

    /// <summary>What the buttons send (a button's title may be shorter than its command).</summary>
    public static IReadOnlyList<string> Values(this IEnumerable<Activity> replies) =>
        [.. replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Value?.ToString() ?? "")];
}
