using System.ComponentModel.DataAnnotations;

namespace TaskBot.Words;

/// <summary>Where the bot's words live (section "Dialogs").</summary>
public sealed class DialogTextOptions
{
    public const string Section = "Dialogs";

    /// <summary>The folder of per-locale text files (dialogs/zh-CN/*.yaml, dialogs/en-US/*.yaml).</summary>
    [Required] public string Directory { get; set; } = "dialogs";

    /// <summary>The locale used when a user's is unknown or not supported.</summary>
    [Required] public string DefaultLocale { get; set; } = "zh-CN";
}
