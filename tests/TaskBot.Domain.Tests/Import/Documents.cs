namespace TaskBot.Domain.Tests.Import;

/// <summary>Small hand-made decomposition documents in both formats.</summary>
public static class Documents
{
    public static string Sections(params string[] tasks) =>
        "某某旗人民政府办公室关于印发《政府工作报告重点工作任务分解方案》的通知\n\n" +
        "政府工作报告重点工作任务分解方案\n                 2025年2月20日\n\n" +
        string.Join("\n\n", tasks) + "\n";

    public static string Section(string number, string text, string leaders = "马亚栋", string leadUnits = "旗政府办公室",
        string responsible = "旗直各部门、各苏木镇", string? deadline = "2025年12月底前，持续推进") =>
        $"{number}、{text}\n牵头领导：{leaders}\n\n牵头单位：{leadUnits}\n\n责任单位：{responsible}\n" +
        (deadline is null ? "" : $"\n完成时限：{deadline}\n");

    public static string Table(string title, params string[][] rows) =>
        "关于分解落实政府工作报告目标任务的通知\n" + title + "\n\u00a0\n\t序号\n\t重点工作任务\n\t责任领导\n\t牵头单位\n\t责任单位\n\n" +
        string.Join("\n\n", rows.Select(r => string.Join("\n", r.Select(c => "\t" + c)))) + "\n\n\u00a0\n";
}
