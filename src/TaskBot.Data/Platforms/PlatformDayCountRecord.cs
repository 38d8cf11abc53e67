namespace TaskBot.Data.Platforms;

/// <summary>How many messages a platform's app sent on one day (China time, yyyy-MM-dd), across every instance.</summary>
public sealed class PlatformDayCountRecord
{
    public string Channel { get; set; } = "";
    public string Day { get; set; } = "";
    public int Count { get; set; }
}
