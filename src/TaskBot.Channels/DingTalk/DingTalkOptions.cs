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

    // 钉钉 documents for robots 每个机器人每分钟最多发送20条消息到群里，如果超过20条，会限流10分钟 (自定义机器人接入 →
    // 调用频率限制, as quoted at juejin.cn/post/7129698690297495583), and names those it held back in a one-to-one send's
    // flowControlledStaffIdList. Per organisation it counts API calls per natural month (标准版 10000, then errcode 90020 /
    // Forbidden.AccessDenied.ApiCountLimitForOrg: dingtalk.com/qidian/help-detail-1061621972.html); it gives no daily figure.

    /// <summary>Robot messages a minute to one person or group (20).</summary>
    [Range(1, 1000)] public int PerPersonPerMinute { get; set; } = 20;

    /// <summary>Robot messages a day through the server API; 0 (default) for none: set it to spread a monthly API quota.</summary>
    [Range(0, int.MaxValue)] public int DailyQuota { get; set; }

    public bool Enabled => AppKey.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (AppSecret.Length == 0 || RobotCode.Length == 0))
            yield return new ValidationResult("DingTalk:AppSecret and DingTalk:RobotCode are required when DingTalk:AppKey is set",
                [nameof(AppSecret), nameof(RobotCode)]);
    }
}
