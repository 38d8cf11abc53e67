namespace TaskBot.Data.Evidence;

/// <summary>An evidence file's bytes, apart from its description so lists never load them: here, or in a file under Storage:Files.</summary>
public sealed class EvidenceContentRecord
{
    public int EvidenceFileId { get; set; }
    public byte[]? Content { get; set; }

    /// <summary>The file's name under Storage:Files when the content is kept there.</summary>
    public string? StoredName { get; set; }
}
