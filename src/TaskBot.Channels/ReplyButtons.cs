using TaskBot.BotFramework.Schema;

namespace TaskBot.Channels;

/// <summary>The buttons under an activity that say something back (imBack and the like): what each shows and what it sends.</summary>
public static class ReplyButtons
{
    public static IReadOnlyList<(string Title, string Text)> Of(Activity activity) =>
        [.. (activity.SuggestedActions?.Actions ?? [])
            .Select(a => (Title: a.Title ?? "", Text: a.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? a.Value.GetValue<string>() : a.Text ?? a.Title ?? ""))
            .Where(b => b.Text.Length > 0)];
}
