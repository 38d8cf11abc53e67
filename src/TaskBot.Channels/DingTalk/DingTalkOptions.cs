using System.ComponentModel.DataAnnotations;

namespace TaskBot.Channels.DingTalk;

/// <summary>A 钉钉 enterprise-internal app's robot (section "DingTalk"); the channel is on when AppKey is set.</summary>
public sealed class DingTalkOptions : IValidatableObject
{
    public const string Section = "DingTalk";

    /// <summary>开发者后台 → the app → 凭证与基础信息: Client ID (AppKey) and Client Secret (AppSecret).</summary>
    public string AppKey { get; set; } = "";
    public string AppSecret { get; set; } = "";

    /// <summary>The app's 机器人 page: RobotCode (usually the AppKey).</summary>
    public string RobotCode { get; set; } = "";

    /// <summary>The new server API (access token, robot messages).</summary>
    [Url] public string ApiBaseUrl { get; set; } = "https://api.dingtalk.com";

    /// <summary>Where a callback's sessionWebhook may point: replies never go to any other host.</summary>
    [Url] public string SessionWebhookBaseUrl { get; set; } = "https://oapi.dingtalk.com";

    /// <summary>How far a callback's timestamp may be from our clock (the platform says one hour).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Messages a minute to one person: 钉钉 limits robot messages per robot and person.</summary>
    [Range(1, 1000)] public int PerPersonPerMinute { get; set; } = 20;

    /// <summary>Messages a day from the robot through the server API; 0 for no cap of ours.</summary>
    [Range(0, int.MaxValue)] public int DailyQuota { get; set; } = 10_000;

    public bool Enabled => AppKey.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (AppSecret.Length == 0 || RobotCode.Length == 0))
            yield return new ValidationResult("DingTalk:AppSecret and DingTalk:RobotCode are required when DingTalk:AppKey is set",
                [nameof(AppSecret), nameof(RobotCode)]);
    }
}
