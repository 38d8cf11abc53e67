namespace TaskBot.Domain.Units;

[Flags]
public enum UnitKind
{
    None = 0,
    /// <summary>A department of the banner government (局, 委, 中心…).</summary>
    Department = 1,
    /// <summary>A township (苏木 or 镇).</summary>
    Township = 2,
    /// <summary>An industrial park or development zone and its administrative committee (开发区, 管委会, 园区).</summary>
    Park = 4,
    /// <summary>A state-owned or other company (公司, 集团).</summary>
    Company = 8,
    /// <summary>A local branch of a higher-level body (市生态环境局乌审分局, 供电分局).</summary>
    Branch = 16,
    /// <summary>A Party organ (旗委组织部).</summary>
    PartyOrgan = 32,
    /// <summary>A collective such as 旗直各部门 or 各苏木镇 that stands for every unit of some kinds.</summary>
    Collective = 64,
}
