namespace TaskBot.Documents.Ledger;

/// <summary>The ledger's cell formats, in the order of the workbook's cell formats.</summary>
internal enum LedgerStyle : uint { Plain, Header, Text, Date, Number, Red, Yellow, Green }
