namespace TaskBot.Import;

/// <summary>The header of a decomposition table: column names as offices write them.</summary>
public static class TableHeader
{
    private static readonly Dictionary<string, TableColumn> Names = new()
    {
        ["序号"] = TableColumn.Number, ["编号"] = TableColumn.Number,
        ["重点工作任务"] = TableColumn.Text, ["任务内容"] = TableColumn.Text, ["工作任务"] = TableColumn.Text,
        ["目标任务"] = TableColumn.Text, ["重点任务"] = TableColumn.Text,
        // A supervision list's (督办清单) own words: instructions, proposals, assigned matters.
        ["督办事项"] = TableColumn.Text, ["批示事项"] = TableColumn.Text, ["批示内容"] = TableColumn.Text,
        ["交办事项"] = TableColumn.Text, ["事项内容"] = TableColumn.Text, ["工作事项"] = TableColumn.Text,
        ["督查事项"] = TableColumn.Text, ["案由"] = TableColumn.Text,
        ["责任领导"] = TableColumn.Leaders, ["牵头领导"] = TableColumn.Leaders, ["分管领导"] = TableColumn.Leaders,
        ["牵头旗领导"] = TableColumn.Leaders, ["批示领导"] = TableColumn.Leaders,
        ["牵头单位"] = TableColumn.LeadUnits, ["主责单位"] = TableColumn.LeadUnits,
        ["承办单位"] = TableColumn.LeadUnits, ["主办单位"] = TableColumn.LeadUnits,
        ["责任单位"] = TableColumn.ResponsibleUnits, ["配合单位"] = TableColumn.ResponsibleUnits,
        ["协办单位"] = TableColumn.ResponsibleUnits, ["会办单位"] = TableColumn.ResponsibleUnits,
        ["完成时限"] = TableColumn.Deadline, ["完成时间"] = TableColumn.Deadline, ["时间节点"] = TableColumn.Deadline,
        ["办结时限"] = TableColumn.Deadline,
        ["类别"] = TableColumn.Chapter, ["板块"] = TableColumn.Chapter, ["任务类别"] = TableColumn.Chapter,
        ["工作类别"] = TableColumn.Chapter, ["所属板块"] = TableColumn.Chapter, ["工作板块"] = TableColumn.Chapter,
    };

    /// <summary>The column a header cell names; spaces and line breaks inside the name do not count.</summary>
    public static TableColumn? Of(string cell)
    {
        var name = string.Concat(cell.Where(c => !char.IsWhiteSpace(c)));
        return Names.TryGetValue(name, out var column) ? column : null;
    }

    /// <summary>A header row names at least the number and the task's text.</summary>
    public static bool IsHeader(IEnumerable<string> cells)
    {
        var columns = cells.Select(Of).ToList();
        return columns.Contains(TableColumn.Number) && columns.Contains(TableColumn.Text);
    }
}
