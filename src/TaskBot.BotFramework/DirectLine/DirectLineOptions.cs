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

    /// <summary>Tokens (the Web Chat page's, refreshes) one address may get per <see cref="RateWindow"/>;
    /// the secret's holder is not limited.</summary>
    [Range(1, 1_000_000)] public int TokensPerWindow { get; set; } = 60;

    /// <summary>Conversations one address may start with tokens per <see cref="RateWindow"/>; the secret's holder is not limited.</summary>
    [Range(1, 1_000_000)] public int ConversationsPerWindow { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A conversation holding this many activities takes no more from its client.</summary>
    [Range(1, 10_000_000)] public int MaxActivitiesPerConversation { get; set; } = 2000;

    /// <summary>A conversation holding this many bytes of activities takes no more from its client.</summary>
    [Range(1024, long.MaxValue)] public long MaxBytesPerConversation { get; set; } = 4 * 1024 * 1024;

    /// <summary>The largest file a client may upload (all files of one upload together).</summary>
    [Range(1024, 100 * 1024 * 1024)] public int MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The file name endings a client may upload; others get 415.</summary>
    public string[] UploadExtensions { get; set; } = [".docx", ".xlsx", ".csv", ".tsv", ".txt", ".png", ".jpg", ".jpeg", ".pdf"];

    [Required] public string BotId { get; set; } = "taskbot";
    [Required] public string BotName { get; set; } = "TaskBot";
}
