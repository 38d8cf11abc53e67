using TaskBot.Words;

namespace TaskBot.Dialogs.Prompts;

/// <summary>
/// A bare 是 / 有 / 否 given where the question wants content (which problem, what was done, why): it says nothing, so
/// it is asked again rather than kept as the text.
/// </summary>
public static class BareAnswer
{
    public static bool IsYes(LocaleText t, string? input) => t.Hears("prompts.yes", input) || t.Hears("prompts.there", input);

    public static bool IsNo(LocaleText t, string? input) => t.Hears("prompts.no", input);

    public static bool Is(LocaleText t, string? input) => IsYes(t, input) || IsNo(t, input);
}
