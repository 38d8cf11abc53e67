using System.Collections.Immutable;

namespace TaskBot.Domain.Reports;

/// <summary>
/// A report being written: what is known of each field, where it came from, and what is still missing. The
/// one-message reading, the card and the questions one by one all fill the same draft.
/// </summary>
public sealed record ReportDraft(int TaskNumber)
{
    public ReportStatus? Status { get; init; }
    public string? Progress { get; init; }

    /// <summary>Percent, 0–100.</summary>
    public decimal? Completion { get; init; }

    /// <summary>The current value of the task's target as said ("5.1万亩"), when completion was given that way.</summary>
    public string? CurrentValue { get; init; }

    public string? Problems { get; init; }
    public string? NextSteps { get; init; }
    public string? Coordination { get; init; }
    public ImmutableDictionary<ReportField, FieldSource> Sources { get; init; } = ImmutableDictionary<ReportField, FieldSource>.Empty;

    /// <summary>
    /// The fields still to ask, in asking order; completion is not asked of a task reported done, nor again once
    /// answered 暂无 (a task with no target whose share of work done cannot be put as a figure).
    /// </summary>
    public IReadOnlyList<ReportField> Missing =>
        [.. Enum.GetValues<ReportField>().Where(f => !Has(f))];

    public bool IsComplete => Missing.Count == 0;

    /// <summary>Whether every field came from the last report unchanged.</summary>
    public bool IsAllCarried => Sources.Count > 0 && Sources.Values.All(s => s == FieldSource.Carried);

    public bool Has(ReportField field) => field switch
    {
        ReportField.Status => Status is not null,
        ReportField.Progress => Progress is not null,
        ReportField.Completion => Completion is not null || Sources.ContainsKey(ReportField.Completion),
        ReportField.Problems => Problems is not null,
        ReportField.NextSteps => NextSteps is not null,
        _ => Coordination is not null,
    };

    /// <summary>The unit's last report as the start of this one.</summary>
    public static ReportDraft From(int taskNumber, ReportContent last) => new ReportDraft(taskNumber)
    {
        Status = last.Status, Progress = last.Progress, Completion = last.Completion, CurrentValue = last.CurrentValue,
        Problems = last.Problems, NextSteps = last.NextSteps, Coordination = last.Coordination,
        Sources = Enum.GetValues<ReportField>().ToImmutableDictionary(f => f, _ => FieldSource.Carried),
    };

    /// <summary>Another task's report given as this one's answers (33号同上): as if typed, not carried from its last report.</summary>
    public static ReportDraft Like(int taskNumber, ReportContent other) => From(taskNumber, other) with
    {
        Sources = Enum.GetValues<ReportField>().ToImmutableDictionary(f => f, _ => FieldSource.Typed),
    };

    /// <summary>
    /// A status; 已完成 brings 100% with it unless a completion was typed, or is not owed (a supporting unit's part done
    /// is not the task done).
    /// </summary>
    public ReportDraft WithStatus(ReportStatus status, FieldSource source = FieldSource.Typed)
    {
        var draft = this with { Status = status, Sources = Sources.SetItem(ReportField.Status, source) };
        if (status == ReportStatus.Done && Source(ReportField.Completion) is not (FieldSource.Typed or FieldSource.NotOwed))
            draft =
                draft with { Completion = 100, CurrentValue = null, Sources = draft.Sources.SetItem(ReportField.Completion, FieldSource.Prefilled) };
        else if (status != ReportStatus.Done && Source(ReportField.Completion) == FieldSource.Prefilled)
            draft = draft.Without(ReportField.Completion);
        return draft;
    }

    public ReportDraft WithCompletion(decimal percent, string? currentValue, FieldSource source = FieldSource.Typed) =>
        this with { Completion = percent, CurrentValue = currentValue, Sources = Sources.SetItem(ReportField.Completion, source) };

    /// <summary>暂无: no completion, answered so, for a task with no target.</summary>
    public ReportDraft WithNoCompletion(FieldSource source = FieldSource.Typed) =>
        this with { Completion = null, CurrentValue = null, Sources = Sources.SetItem(ReportField.Completion, source) };

    public ReportDraft WithText(ReportField field, string text, FieldSource source = FieldSource.Typed)
    {
        var sources = Sources.SetItem(field, source);
        return field switch
        {
            ReportField.Progress => this with { Progress = text, Sources = sources },
            ReportField.Problems => this with { Problems = text, Sources = sources },
            ReportField.NextSteps => this with { NextSteps = text, Sources = sources },
            ReportField.Coordination => this with { Coordination = text, Sources = sources },
            _ => throw new ArgumentException($"{field} is not a text field", nameof(field)),
        };
    }

    /// <summary>Drops a field, so that it is asked again.</summary>
    public ReportDraft Without(ReportField field) => field switch
    {
        ReportField.Status => this with { Status = null, Sources = Sources.Remove(field) },
        ReportField.Progress => this with { Progress = null, Sources = Sources.Remove(field) },
        ReportField.Completion => this with { Completion = null, CurrentValue = null, Sources = Sources.Remove(field) },
        ReportField.Problems => this with { Problems = null, Sources = Sources.Remove(field) },
        ReportField.NextSteps => this with { NextSteps = null, Sources = Sources.Remove(field) },
        _ => this with { Coordination = null, Sources = Sources.Remove(field) },
    };

    /// <summary>This draft with every field the other one has, the other's winning.</summary>
    public ReportDraft Merge(ReportDraft other)
    {
        var draft = this;
        if (other.Status is { } s) draft = draft.WithStatus(s, other.Source(ReportField.Status) ?? FieldSource.Typed);
        if (other.Completion is { } c && !(draft.Source(ReportField.Completion) == FieldSource.NotOwed
            && other.Source(ReportField.Completion) == FieldSource.Prefilled))
            draft = draft.WithCompletion(c, other.CurrentValue, other.Source(ReportField.Completion) ?? FieldSource.Typed);
        foreach (var field in TextFields)
            if (other.Text(field) is { } text) draft = draft.WithText(field, text, other.Source(field) ?? FieldSource.Typed);
        // 8.2万亩全部建成 (100% now) beside the last report's 正常推进: done, or not yet? Asked, not carried.
        if (draft.Source(ReportField.Status) == FieldSource.Carried && other.Source(ReportField.Completion) == FieldSource.Typed
            && draft.Completion == 100 && draft.Status != ReportStatus.Done)
            draft = draft.Without(ReportField.Status);
        return draft;
    }

    public FieldSource? Source(ReportField field) => Sources.TryGetValue(field, out var s) ? s : null;

    public string? Text(ReportField field) => field switch
    {
        ReportField.Progress => Progress,
        ReportField.Problems => Problems,
        ReportField.NextSteps => NextSteps,
        ReportField.Coordination => Coordination,
        _ => null,
    };

    public static IReadOnlyList<ReportField> TextFields { get; } =
        [ReportField.Progress, ReportField.Problems, ReportField.NextSteps, ReportField.Coordination];

    /// <summary>The report to save; only a complete draft has one.</summary>
    public ReportContent ToContent() => IsComplete
        ? new ReportContent(Status!.Value, Progress!, Completion, CurrentValue, Problems!, NextSteps!, Coordination!)
        : throw new InvalidOperationException($"the draft still misses {string.Join(", ", Missing)}");
}
