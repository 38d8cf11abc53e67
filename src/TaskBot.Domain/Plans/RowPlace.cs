namespace TaskBot.Domain.Plans;

/// <summary>What a row number counts in the office's file: lines of a text file, rows of a sheet, rows of a Word table.</summary>
public enum RowPlace
{
    TextLine,
    SheetRow,
    TableRow,
}
