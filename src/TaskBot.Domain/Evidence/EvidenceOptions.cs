using System.ComponentModel.DataAnnotations;

namespace TaskBot.Domain.Evidence;

/// <summary>What a report may be backed with (section "Evidence"); where files are kept is Storage:Files.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The largest file taken, in bytes.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The kinds taken (of jpg, png, pdf, docx, xlsx).</summary>
    [MinLength(1)]
    public List<EvidenceType> Types { get; set; } = [EvidenceType.Jpg, EvidenceType.Png, EvidenceType.Pdf, EvidenceType.Docx, EvidenceType.Xlsx];

    /// <summary>A file sent this soon after the unit's report, with no task named, goes with that report.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan AttachWithin { get; set; } = TimeSpan.FromMinutes(30);
}
