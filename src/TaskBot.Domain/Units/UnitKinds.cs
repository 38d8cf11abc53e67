namespace TaskBot.Domain.Units;

/// <summary>Infers a unit's kind from its name, and what a collective name stands for.</summary>
public static class UnitKinds
{
    public static UnitKind Infer(string name)
    {
        var n = UnitName.Clean(name);
        if (IsCollective(n)) return UnitKind.Collective;
        if (n.Contains("开发区") || n.Contains("管委会") || n.Contains("园区") || n.EndsWith("产业园")) return UnitKind.Park;
        if (n.EndsWith("公司") || n.EndsWith("集团")) return UnitKind.Company;
        if (n.EndsWith("分局")) return UnitKind.Branch;
        if (n.EndsWith("镇") || n.EndsWith("苏木")) return UnitKind.Township;
        if (n.StartsWith("旗委") || n.StartsWith("旗纪委") || n.EndsWith("部")) return UnitKind.PartyOrgan;
        return UnitKind.Department;
    }

    public static bool IsCollective(string name)
    {
        var n = UnitName.Clean(name);
        return n.StartsWith('各') || n.StartsWith("旗直各") || n.StartsWith("全旗各");
    }

    /// <summary>What a collective name stands for: 各苏木镇 the townships, 旗直各部门 the departments, 各地各部门 both.</summary>
    public static UnitKind Covers(string name)
    {
        var n = UnitName.Clean(name);
        var covers = UnitKind.None;
        if (n.Contains("苏木") || n.Contains("镇") || n.Contains("各地")) covers |= UnitKind.Township;
        if (n.Contains("部门") || n.Contains("单位")) covers |= UnitKind.Department | UnitKind.Branch | UnitKind.PartyOrgan;
        if (n.Contains("园区") || n.Contains("开发区") || n.Contains("各地")) covers |= UnitKind.Park;
        if (n.Contains("企业") || n.Contains("公司")) covers |= UnitKind.Company;
        return covers == UnitKind.None ? UnitKind.Department : covers;
    }
}
