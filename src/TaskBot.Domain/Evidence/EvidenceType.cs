namespace TaskBot.Domain.Evidence;

/// <summary>The kinds of file a report may be backed with; each told by its content, not by its name.</summary>
public enum EvidenceType
{
    Jpg,
    Png,
    Pdf,
    Docx,
    Xlsx,
}
