namespace TaskBot.Domain.Plans;

/// <summary>Where a row of a plan's table is in the file the office has open: the number it sees there.</summary>
/// <param name="Sheet">The sheet's name, for a row of a workbook.</param>
public sealed record RowOrigin(RowPlace Place, int Number, string? Sheet = null)
{
    public override string ToString() => Place switch
    {
        RowPlace.SheetRow => $"sheet \"{Sheet}\" row {Number}",
        RowPlace.TableRow => $"table row {Number}",
        _ => $"line {Number}",
    };
}
