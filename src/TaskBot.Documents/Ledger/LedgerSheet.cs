namespace TaskBot.Documents.Ledger;

/// <summary>One sheet of the ledger: a header row, rows of cells, and each column's width in characters.</summary>
internal sealed record LedgerSheet(string Name, IReadOnlyList<(string Header, double Width)> Columns, IReadOnlyList<IReadOnlyList<LedgerCell>> Rows);
