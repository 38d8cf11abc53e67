using TaskBot.Words;

namespace TaskBot.Dialogs;

/// <summary>
/// A binding code pasted alone (bind.bareCode). Codes are handed out in capitals; a lower-case word such as
/// "thursday" is not taken for one.
/// </summary>
public static class BindingCode
{
    public static string? PastedAlone(LocaleText text, string? input) =>
        input is not null && !input.Any(char.IsLower) && text.Hears("bind.bareCode", input, out var m) ? m!.Groups["code"].Value : null;
}
