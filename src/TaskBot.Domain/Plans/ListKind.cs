namespace TaskBot.Domain.Plans;

/// <summary>What a supervision list (督办清单) is: the year's plan, or a list the office keeps beside it.</summary>
public enum ListKind
{
    /// <summary>The year's task decomposition plan (政府工作报告/年度计划): one is current at a time.</summary>
    Plan,

    /// <summary>领导批示件.</summary>
    Instruction,

    /// <summary>人大代表建议和政协提案 (and the congress's 审议意见).</summary>
    Proposal,

    /// <summary>专项督查.</summary>
    Special,
}
