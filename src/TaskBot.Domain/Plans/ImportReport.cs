namespace TaskBot.Domain.Plans;

/// <summary>What importing a document changed.</summary>
public sealed class ImportReport
{
    public required string PlanTitle { get; init; }
    public required int PlanYear { get; init; }
    public bool PlanCreated { get; init; }

    /// <summary>Go-live of the plan after the import: unreported periods count from this day.</summary>
    public DateOnly? ReportingStartsOn { get; set; }
    public List<int> Added { get; } = [];
    public List<TaskChange> Updated { get; } = [];
    public List<int> Unchanged { get; } = [];
    /// <summary>Tasks the document no longer lists: withdrawn, their reports kept.</summary>
    public List<int> Removed { get; } = [];

    /// <summary>Withdrawn tasks the document lists again: supervised once more.</summary>
    public List<int> Restored { get; } = [];

    /// <summary>Tasks the document lists that the office had withdrawn: they stay withdrawn.</summary>
    public List<int> KeptWithdrawn { get; } = [];

    /// <summary>Tasks whose approved 延期 won over the document's deadline.</summary>
    public List<(int Number, DateOnly? Document, DateOnly Kept)> KeptDeadlines { get; } = [];
    public SortedSet<string> UnitsCreated { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> LeadersCreated { get; } = new(StringComparer.Ordinal);

    /// <summary>Names in the document that resolved to a unit of another name: "工科局 → 旗工信和科技局".</summary>
    public SortedSet<(string Name, string Unit)> AliasesMatched { get; } = [];

    public bool ChangedAnything =>
        PlanCreated || Added.Count > 0 || Updated.Count > 0 || Removed.Count > 0 || Restored.Count > 0 || UnitsCreated.Count > 0;
}
