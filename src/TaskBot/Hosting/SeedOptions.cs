using System.ComponentModel.DataAnnotations;

namespace TaskBot.Hosting;

/// <summary>The office's files: the unit alias file and the demo plan imported into an empty database.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeds";

    [Required]
    public string UnitAliasFile { get; set; } = "seeds/unit-aliases.yaml";

    [Required]
    public string DemoPlan { get; set; } = "seeds/000_bd77716a55a06823.txt";

    /// <summary>On first start with an empty database, import <see cref="DemoPlan"/> so a newcomer sees real tasks.</summary>
    public bool ImportDemoOnEmptyDatabase { get; set; } = true;
}
