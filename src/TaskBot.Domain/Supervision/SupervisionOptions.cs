using System.ComponentModel.DataAnnotations;
using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Supervision;

/// <summary>The office's rhythm and clock (section "Supervision").</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>Reporting periods for every plan; unset: the rhythm the plan's document states (半月一报告), else ISO weeks.</summary>
    public PeriodKind? Period { get; set; }

    /// <summary>The office's time zone; China Standard Time however the host names it.</summary>
    [Required] public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>When supporting units (配合) report: when the lead unit asks them (default), or every period.</summary>
    [EnumDataType(typeof(SupportingUnitReporting))]
    public SupportingUnitReporting SupportingUnits { get; set; } = SupportingUnitReporting.OnRequest;

    /// <summary>How long a binding code stays usable.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A lead unit's 已完成 waits for the office's 销号 (or 退回) rather than closing the task itself.</summary>
    public bool CompletionNeedsReview { get; set; } = true;

    /// <summary>延期 requests go to the task's lead leaders as well as the office, and they may decide them.</summary>
    public bool ExtensionsToLeaders { get; set; } = true;
}
