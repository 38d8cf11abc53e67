using TaskBot.Domain.Loop;
using TaskBot.Words;

namespace TaskBot.Dialogs;

/// <summary>无 / 没有 / none, in any of the bot's languages (dialogs/*/tasks.yaml, nothing).</summary>
public sealed class NoneAnswer(BotText text) : INoneAnswer
{
    public bool IsNone(string? answer) =>
        string.IsNullOrWhiteSpace(answer) || text.Locales.Any(l => TaskText.SaysNothing(text.For(l), answer));
}
