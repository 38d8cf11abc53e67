namespace TaskBot.Documents.Ledger;

/// <summary>A cell's value and how it is shown; text is always a string cell, so Excel never evaluates it.</summary>
internal readonly record struct LedgerCell(object? Value, LedgerStyle Style = LedgerStyle.Text)
{
    public static implicit operator LedgerCell(string? text) => new(text);
}
