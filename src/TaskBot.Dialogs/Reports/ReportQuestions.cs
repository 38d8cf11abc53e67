using TaskBot.BotFramework.Schema;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Dialogs.Reports;

/// <summary>What the report dialog asks at each stage, with its buttons, in the words of dialogs/{locale}/report.yaml.</summary>
public static class ReportQuestions
{
    public static readonly ReportStatus[] Statuses = [ReportStatus.OnSchedule, ReportStatus.Done, ReportStatus.Behind, ReportStatus.NotStarted];

    public static Activity For(LocaleText t, ReportState s) => s.Stage switch
    {
        ReportStage.ChangedSinceLast => WithButtons(
            t.Say(s.LastIsThisPeriod ? "report.changedThisPeriod" : "report.changedSinceLast", ("number", s.Draft.TaskNumber), ("title", s.Title),
                ("period", s.LastPeriod is { } last ? PeriodText.Label(t, last) : ""), ("last", Summary(t, s.Draft))),
            t.Say("report.unchangedButton"), t.Say("report.changedButton")),
        ReportStage.StatusUnclear =>
            WithButtons(t.Say("report.askUnclear"), TaskText.Status(t, ReportStatus.Done), TaskText.Status(t, ReportStatus.OnSchedule)),
        ReportStage.ReadBack => WithButtons(ReadBack(t, s), t.Say("prompts.yesButton"), t.Say("prompts.noButton")),
        ReportStage.EditMenu => WithButtons(t.Say("report.askEdit"), [.. Enum.GetValues<ReportField>().Select(f => FieldName(t, f))]),
        _ => Field(t, s),
    };

    public static string FieldName(LocaleText t, ReportField field) => t.Say($"report.field{field}");

    /// <summary>The field a word names (完成情况, 问题, 下步: report.name…, or the name the read-back shows); null for none.</summary>
    public static ReportField? FieldNamed(LocaleText t, string? said) =>
        Enum.GetValues<ReportField>().Cast<ReportField?>().FirstOrDefault(f => t.Hears($"report.name{f}", said)
            || LocaleText.Normalize(said ?? "") == LocaleText.Normalize(FieldName(t, f!.Value)));

    /// <summary>"正常推进，60%，进展：…" — the last report in one line.</summary>
    public static string Summary(LocaleText t, ReportDraft d) => t.Say("report.summary",
        ("status", d.Status is { } s ? TaskText.Status(t, s) : ""), ("completion", Completion(t, d)), ("progress", Markdown.Literal(d.Progress)));

    private static Activity Field(LocaleText t, ReportState s)
    {
        var number = s.Draft.TaskNumber;
        switch (s.Asking)
        {
            case ReportField.Status:
                return WithButtons(t.Say("report.askStatus", ("number", number), ("title", s.Title)) + "\n\n" + t.Say("report.oneMessageHint"),
                    [.. Statuses.Select(x => TaskText.Status(t, x))]);
            case ReportField.Completion when s.AboveTarget is { } above && s.AnswerTargets.FirstOrDefault(x => above > x.Amount) is { } target:
                return WithButtons(t.Say("prompts.aboveTarget", ("value", CompletionAnswer.Number(above)), ("target", target), ("unit", target.Unit)),
                    CompletionAnswer.Number(above) + "%", CompletionAnswer.Number(above) + target.Unit);
            case ReportField.Completion when s.ChoosesTarget:
                return WithButtons(t.Say("report.askValues", ("targets", string.Join(t.Say("tasks.listSeparator"), s.Targets))),
                    [.. TargetButtons(s).Select(b => b.Button), t.Say("report.percentButton")]);
            case ReportField.Completion:
                return Activity.CreateMessage(s.AnswerTargets switch
                {
                    [] => t.Say("report.askPercent"),
                    [var one] when s.ChosenTarget is not null => t.Say("report.askChosenValue", ("target", one.Label), ("unit", one.Unit)),
                    [var one] => t.Say("report.askValue", ("target", one)),
                    var many => t.Say("report.askValues", ("targets", string.Join(t.Say("tasks.listSeparator"), many))),
                });
            default:
                return Activity.CreateMessage(t.Say($"report.ask{s.Asking}"));
        }
    }

    /// <summary>
    /// The targets to choose from, as buttons: what each counts (高标准农田), or its figure when it has no name; one
    /// place is kept for 按百分比 within the buttons a message may have.
    /// </summary>
    public static IReadOnlyList<(string Button, string Label)> TargetButtons(ReportState s) =>
        [.. s.TaskTargets.Take(MessageLimits.Buttons - 1).Select(x => (x.Name.Length > 0 ? x.Name : x.ToString(), x.Label))];

    private static string ReadBack(LocaleText t, ReportState s)
    {
        var d = s.Draft;
        var carried = t.Say(s.LastIsThisPeriod ? "report.carriedMarkThisPeriod" : "report.carriedMark");
        string Mark(ReportField f) => d.Source(f) == FieldSource.Carried ? carried : "";
        var evidence = s.Evidence.Count == 0 ? ""
            : "\n" + t.Say("evidence.readBack", ("names", TaskText.List(t, s.Evidence.Select(Markdown.Literal))));
        return t.Say("report.readBack", ("number", d.TaskNumber), ("title", s.Title),
            ("status", TaskText.Status(t, d.Status!.Value) + Mark(ReportField.Status)),
            ("progress", Markdown.Literal(d.Progress) + Mark(ReportField.Progress)),
            ("completion", Completion(t, d) + Mark(ReportField.Completion)),
            ("problems", Markdown.Literal(d.Problems) + Mark(ReportField.Problems)),
            ("nextSteps", Markdown.Literal(d.NextSteps) + Mark(ReportField.NextSteps)),
            ("coordination", Markdown.Literal(d.Coordination) + Mark(ReportField.Coordination))) + evidence;
    }

    /// <summary>A field of the draft as the read-back shows it; null while it is not given.</summary>
    public static string? Shown(LocaleText t, ReportDraft d, ReportField field) => !d.Has(field) ? null : field switch
    {
        ReportField.Status => d.Status is { } status ? TaskText.Status(t, status) : null,
        ReportField.Completion => Completion(t, d),
        _ => d.Text(field) is { Length: > 0 } text ? Markdown.Literal(text) : null,
    };

    private static string Completion(LocaleText t, ReportDraft d) =>
        d.Completion is { } c ? TaskText.Completion(d.CurrentValue, c) : d.Has(ReportField.Completion) ? t.Say("report.completionNone") : "";

    private static Activity WithButtons(string text, params string[] buttons)
    {
        var message = Activity.CreateMessage(text);
        message.SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(b => CardAction.ImBack(b))] };
        return message;
    }
}
