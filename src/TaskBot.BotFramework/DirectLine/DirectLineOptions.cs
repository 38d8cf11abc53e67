using System.ComponentModel.DataAnnotations;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>TaskBot's own Direct Line 3.0 channel, for Web Chat with no cloud service (section "DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The master secret a web site's back end uses to generate tokens; empty disables secret access.</summary>
    public string Secret { get; set; } = "";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after its expiry a token still lets the page that held it resume its conversation.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(30);

    [Required] public string BotId { get; set; } = "taskbot";
    [Required] public string BotName { get; set; } = "TaskBot";
}
