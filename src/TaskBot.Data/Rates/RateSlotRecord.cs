namespace TaskBot.Data.Rates;

/// <summary>A slot taken for a send under a key, kept while any limit's window still holds it (PostgreSQL only).</summary>
public sealed class RateSlotRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public long AtMs { get; set; }
}
