using System.Text.RegularExpressions;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// The fields of a task as the office writes them in one message ("任务内容；牵头领导：康锐；牵头单位：旗农牧局；完成时限：
/// 2025-12-31"): parts separated by ；, ; or line breaks, each opened by a label of dialogs/*/taskEdit.yaml; a part
/// with no label belongs to the one before (a task's text may hold ；), and leading unlabelled text is the task's text.
/// </summary>
public sealed partial record TaskFields(string? Text, string? Leaders, string? LeadUnits, string? Units, string? Deadline, string? Reason,
    string? List)
{
    private static readonly string[] Labels = ["text", "leaders", "leadUnits", "units", "deadline", "reason", "list"];

    [GeneratedRegex(@"[；;\n]")]
    private static partial Regex Separator();

    public static TaskFields Read(LocaleText t, string message)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? open = null;
        foreach (var part in Separator().Split(message).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (Labelled(t, part) is { } field)
            {
                values[open = field.Label] = field.Value;
                continue;
            }
            open ??= "text";
            values[open] = values.TryGetValue(open, out var before) ? before + "；" + part : part;
        }
        return new(Value("text"), Value("leaders"), Value("leadUnits"), Value("units"), Value("deadline"), Value("reason"), Value("list"));

        string? Value(string label) => values.GetValueOrDefault(label);
    }

    /// <summary>What follows a phrase's "rest" group, cut from the message as typed.</summary>
    public static string Rest(LocaleText t, string phrase, string? message)
    {
        var typed = message?.Trim() ?? "";
        if (!t.Hears(phrase, typed, out var match) || match!.Groups["rest"] is not { Success: true } rest) return "";
        return typed.Substring(rest.Index, Math.Min(rest.Length, typed.Length - rest.Index)).Trim();
    }

    /// <summary>Names separated by 、 or commas.</summary>
    public static IReadOnlyList<string>? Names(string? list) =>
        list is null ? null : [.. list.Split(['、', '，', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // Normalising keeps every character in place, so the value is cut from the words as typed (their case too).
    private static (string Label, string Value)? Labelled(LocaleText t, string part)
    {
        foreach (var label in Labels)
            if (t.Hears("taskEdit." + label, part, out var match) && match!.Groups["value"] is { } value)
                return (label, part.Substring(value.Index, Math.Min(value.Length, part.Length - value.Index)).Trim());
        return null;
    }
}
