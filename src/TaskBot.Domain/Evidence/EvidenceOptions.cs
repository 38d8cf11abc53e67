using System.ComponentModel.DataAnnotations;

namespace TaskBot.Domain.Evidence;

/// <summary>What a report may be backed with (section "Evidence"); where files are kept is Storage:Files.</summary>
public sealed class EvidenceOptions : IValidatableObject
{
    public const string Section = "Evidence";

    /// <summary>The largest file taken, in bytes.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The kinds taken, separated by spaces or commas: some of jpg, png, pdf, docx, xlsx.</summary>
    [Required]
    public string Types { get; set; } = "jpg png pdf docx xlsx";

    /// <summary>A file sent this soon after the unit's report, with no task named, goes with that report.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan AttachWithin { get; set; } = TimeSpan.FromMinutes(30);

    public IReadOnlyList<EvidenceType> Taken =>
        [.. Names.Select(n => Enum.TryParse<EvidenceType>(n, true, out var t) ? t : (EvidenceType?)null).OfType<EvidenceType>().Distinct()];

    private string[] Names => Types.Split([' ', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Names.Length == 0 || Names.Length != Names.Count(n => Enum.TryParse<EvidenceType>(n, true, out _) && !int.TryParse(n, out _)))
            yield return new ValidationResult($"Evidence:Types must name some of jpg, png, pdf, docx, xlsx (is \"{Types}\")", [nameof(Types)]);
    }
}
