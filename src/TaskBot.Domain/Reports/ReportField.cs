namespace TaskBot.Domain.Reports;

/// <summary>The parts of a report, in the order they are asked.</summary>
public enum ReportField
{
    /// <summary>状态</summary>
    Status,
    /// <summary>进展情况</summary>
    Progress,
    /// <summary>完成情况: a percentage or the current value of the task's target</summary>
    Completion,
    /// <summary>存在问题</summary>
    Problems,
    /// <summary>下步计划</summary>
    NextSteps,
    /// <summary>需协调事项</summary>
    Coordination,
}
