using System.ComponentModel.DataAnnotations;

namespace TaskBot.Reminders.Robots;

/// <summary>Group robots (section "Robots"): a unit's group chat gets the unit's reminders through its webhook.</summary>
public sealed class RobotOptions
{
    public const string Section = "Robots";

    public List<RobotSink> Sinks { get; set; } = [];
}

public sealed class RobotSink
{
    /// <summary>A name of its own, unique: the outbox keys and the logs use it.</summary>
    [Required] public string Name { get; set; } = "";

    /// <summary>The unit whose reminders it posts, by any of the unit's names.</summary>
    [Required] public string Unit { get; set; } = "";

    public RobotKind Kind { get; set; }

    /// <summary>The webhook address the group's robot settings show.</summary>
    [Required, Url] public string Url { get; set; } = "";

    /// <summary>The signing secret (钉钉 加签, 飞书 签名校验), when the robot has one.</summary>
    public string? Secret { get; set; }
}

public enum RobotKind
{
    /// <summary>企业微信 group robot.</summary>
    WeCom,
    /// <summary>钉钉 custom robot.</summary>
    DingTalk,
    /// <summary>飞书 custom bot.</summary>
    Feishu,
}
