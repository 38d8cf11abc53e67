using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Text;

namespace TaskBot.Dialogs;

/// <summary>Answers in the client's language when the bot speaks it, else in the default (zh-CN).</summary>
public sealed class LocaleMiddleware(BotText text) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        turn.Locale = text.For(turn.Activity.Locale).Locale;
        return next();
    }
}
