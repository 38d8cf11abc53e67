namespace TaskBot.Domain.Supervision;

/// <summary>When supporting units (配合单位) report on a task: the lead unit reports for it either way.</summary>
public enum SupportingUnitReporting
{
    /// <summary>When the lead unit asks them for input (the default: 基层减负).</summary>
    OnRequest,
    /// <summary>Every period, as the lead unit does.</summary>
    EveryPeriod,
}
