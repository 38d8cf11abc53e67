using System.ComponentModel.DataAnnotations;

namespace TaskBot.Channels.WeCom;

/// <summary>A 企业微信 (or 政务微信) self-built app (section "WeCom"); the channel is on when CorpId is set.</summary>
public sealed class WeComOptions : IValidatableObject
{
    public const string Section = "WeCom";

    /// <summary>我的企业 → 企业信息 → 企业ID.</summary>
    public string CorpId { get; set; } = "";

    /// <summary>应用管理 → the app → AgentId.</summary>
    public int AgentId { get; set; }

    /// <summary>应用管理 → the app → Secret.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The app's 接收消息 → API接收 settings: Token and EncodingAESKey (43 characters).</summary>
    public string Token { get; set; } = "";
    public string EncodingAESKey { get; set; } = "";

    /// <summary>The server API; 政务微信 deployments have their own.</summary>
    [Url] public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com";

    /// <summary>How far a callback's timestamp may be from our clock.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    // The limits below are 企业微信's 访问频率限制 → 发送应用消息频率 (developer.work.weixin.qq.com/document/path/90454,
    // updated 2023-08-28): 每应用对同一个成员不可超过30次/分钟，1000次/小时，超过部分会被丢弃不下发;
    // 每应用不可超过账号上限数*200人次/天; a day is a natural day, and an app over it is blocked until the day ends.

    /// <summary>Messages a minute from the app to one member (30; the platform drops more without an error).</summary>
    [Range(1, 1000)] public int PerPersonPerMinute { get; set; } = 30;

    /// <summary>Messages an hour from the app to one member (1000).</summary>
    [Range(1, 100_000)] public int PerPersonPerHour { get; set; } = 1000;

    /// <summary>Messages a day from the app (人次): the organisation's account limit × 200; the default is for 500 accounts.</summary>
    [Range(0, int.MaxValue)] public int DailyQuota { get; set; } = 100_000;

    public bool Enabled => CorpId.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (AgentId <= 0) yield return new ValidationResult("WeCom:AgentId is required when WeCom:CorpId is set", [nameof(AgentId)]);
        if (Secret.Length == 0 || Token.Length == 0)
            yield return new ValidationResult("WeCom:Secret and WeCom:Token are required when WeCom:CorpId is set", [nameof(Secret), nameof(Token)]);
        if (!WeComCrypto.IsValidKey(EncodingAESKey))
            yield return new ValidationResult("WeCom:EncodingAESKey must be the app's 43-character key", [nameof(EncodingAESKey)]);
    }
}
