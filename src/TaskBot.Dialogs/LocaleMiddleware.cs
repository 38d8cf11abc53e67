using System.Text.RegularExpressions;
using TaskBot.BotFramework.Turns;
using TaskBot.Words;

namespace TaskBot.Dialogs;

/// <summary>
/// Answers in the language a message is written in (Chinese or English), else in the client's language when the bot
/// speaks it, else in the default (zh-CN). A language the user chose, and the language a dialog began in, come first
/// (see <see cref="Engine.DialogContext"/>).
/// </summary>
public sealed partial class LocaleMiddleware(BotText text) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var client = text.For(turn.Activity.Locale);
        turn.Locale = text.For(WrittenIn(client, turn.Activity.Text) ?? client.Locale).Locale;
        return next();
    }

    /// <summary>
    /// "zh" for a message with Chinese characters, "en" for one with an English word and none; null for a number or a
    /// binding code (pasted alone, in capitals: now and then all letters), and for an English command naming something
    /// in Chinese ("report 领导批示1"): the conversation's language.
    /// </summary>
    private static string? WrittenIn(LocaleText client, string? message) =>
        message is null ? null
        : Han().IsMatch(message) ? (EnglishCommand().IsMatch(message) ? null : "zh")
        : LatinWord().IsMatch(message) && BindingCode.PastedAlone(client, message) is null ? "en" : null;

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}]")]
    private static partial Regex Han();

    // An English word first, standing alone: "report 领导批示1", not "PPP项目已开工".
    [GeneratedRegex(@"^\s*[A-Za-z]{3,}(?![\p{L}])")]
    private static partial Regex EnglishCommand();

    // Three letters or more, so that "ok" or a binding code's letters do not decide the language.
    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex LatinWord();
}
