using System.ComponentModel.DataAnnotations;

namespace TaskBot.Documents;

/// <summary>What the office's documents say of the office (section "Documents"): who issues the 通报, in which fonts, what it asks.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The issuing office, on the 通报's masthead and signature (旗政府督查室).</summary>
    [Required] public string IssuingOffice { get; set; } = "旗人民政府督查室";

    /// <summary>The 通报's title line above the issue number.</summary>
    [Required] public string BulletinTitle { get; set; } = "督查通报";

    /// <summary>The heading font; 方正小标宋简体 where the office's computers have it.</summary>
    [Required] public string TitleFont { get; set; } = "方正小标宋简体";

    [Required] public string BodyFont { get; set; } = "仿宋_GB2312";

    /// <summary>下步要求: the paragraph the office edits, one paragraph per line.</summary>
    public string Requirements { get; set; } =
        "各牵头单位要对照任务分解表，逐项梳理进展，对滞后任务制定整改措施，明确时间节点，确保按期完成。\n"
        + "各责任单位要严格落实每周一调度、半月一报告制度，按时报送进展情况，未按时报送的将予以通报。";

    /// <summary>How long a 导出台账 / 通报 download link lasts; each link works once.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest plan file the office may send in chat.</summary>
    [Range(1024, 50 * 1024 * 1024)] public int MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
