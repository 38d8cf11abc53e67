using System.ComponentModel.DataAnnotations;

namespace TaskBot.Data.Retention;

/// <summary>How long conversation data is kept (section "Retention"); a daily job deletes what is older.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Direct Line activities older than this are deleted; a Direct Line conversation left empty goes with its state.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")] public TimeSpan DirectLineActivities { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Marks of handled activities older than this are deleted; channels redeliver within minutes.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")] public TimeSpan ProcessedActivities { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The dialog state of a conversation the channel said is gone (403/404) is deleted this long after.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")] public TimeSpan DeadConversations { get; set; } = TimeSpan.FromDays(30);

    /// <summary>When the daily job runs, in the office's time zone.</summary>
    public TimeOnly Time { get; set; } = new(3, 30);
}
