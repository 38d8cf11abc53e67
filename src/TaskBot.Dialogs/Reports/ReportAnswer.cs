using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Dialogs.Reports;

/// <summary>
/// One answer to what the report dialog asked, read for the stage it is at: the state it leads to, or why it was
/// not understood. "改 完成情况 60%" and "完成比例写错了" correct one field of the read-back; 否 offers the fields.
/// </summary>
public sealed class ReportAnswer
{
    private const int MaxText = 1000;

    public ReportAnswer(LocaleText text, ReportState state, string? input)
    {
        (Text, State, Input) = (text, state, input);
        switch (state.Stage)
        {
            case ReportStage.ChangedSinceLast: ChangedSinceLast(); break;
            case ReportStage.StatusUnclear: Status(unclearAgain: false); break;
            case ReportStage.ReadBack: ReadBack(); break;
            case ReportStage.EditMenu: EditMenu(); break;
            default: Field(state.Asking!.Value, input); break;
        }
    }

    /// <summary>
    /// <paramref name="value"/> given for <paramref name="field"/> in a message read by its labels: the field answered,
    /// or asked with what was wrong with the value.
    /// </summary>
    public ReportAnswer(LocaleText text, ReportState state, ReportField field, string value)
    {
        (Text, State, Input) = (text, state, value);
        Correct(field, value);
    }

    /// <summary>Whether this is the answer <paramref name="input"/> gives to <paramref name="state"/>, in these words.</summary>
    public bool Reads(LocaleText text, ReportState state, string? input) =>
        ReferenceEquals(Text, text) && ReferenceEquals(State, state) && Input == input;

    private LocaleText Text { get; }
    private ReportState State { get; }
    private string? Input { get; }

    /// <summary>The state the answer leads to; null when it was not understood.</summary>
    public ReportState? Understood { get; private set; }

    /// <summary>是 at the read-back.</summary>
    public bool Confirmed { get; private set; }

    /// <summary>Whether the message answers the question rather than being a command typed meanwhile.</summary>
    public bool Claimed { get; private set; }

    /// <summary>
    /// What was wrong with it (a message key): when it was not understood, or when a correction's value was not usable
    /// and its field is asked; null when the question says it.
    /// </summary>
    public string? Problem { get; private set; }

    public (string Name, object? Value)[] Args { get; private set; } = [];

    /// <summary>A value above the target, to be asked about.</summary>
    public decimal? AboveTarget { get; private set; }

    private ReportDraft Draft => State.Draft;

    private void ChangedSinceLast()
    {
        if (Text.Hears("report.unchanged", Input) || Text.Hears("prompts.no", Input)) Accept(State with { Stage = ReportStage.ReadBack });
        else if (Text.Hears("report.changed", Input) || Text.Hears("prompts.yes", Input)) Accept(State with { Stage = ReportStage.EditMenu });
        else if (Text.Hears("report.startOver", Input)) StartOver();
        else if (Input is not null && Reading(Input) is { Found: true } reading)
            Accept(State with { Draft = Draft.Merge(reading.Draft) }, next: true, reading.StatusUnclear);
        else Refuse("report.notUnderstood");
    }

    private void ReadBack()
    {
        if (Confirms(Text, Input)) { Confirmed = true; Accept(State); }
        else if (Text.Hears("prompts.no", Input)) Accept(State with { Stage = ReportStage.EditMenu });
        else if (!EditTyped()) Refuse("report.notYesOrEdit");
    }

    /// <summary>是 at the read-back, or a yes in more words (对的没问题, 没问题，提交吧).</summary>
    public static bool Confirms(LocaleText text, string? input) =>
        text.Hears("prompts.yes", input) || text.Hears("report.confirmed", input);

    /// <summary>"改 完成情况 60%", "完成比例写错了，应该是65%" or "完成情况不对": the field corrected at once, or asked again.</summary>
    private bool EditTyped()
    {
        if (Text.Hears("report.edit", Input, out var edit) && Edit(edit!.Groups["rest"].Value) is var (field, value)) Correct(field, value);
        else if (Text.Hears("report.wrong", Input, out var wrong) && FieldNamed(wrong!.Groups["field"].Value) is { } named)
            Correct(named, wrong.Groups["value"].Value.Trim());
        else return false;
        return true;
    }

    // The field answered with the value given on the same line, or asked: with what was wrong with the value, which is
    // not dropped unsaid (a figure above the target is asked about).
    private void Correct(ReportField field, string value)
    {
        var answer = value.Length > 0 ? new ReportAnswer(Text, Asking(field), value) : null;
        if (answer?.Understood is { } understood) { Accept(understood); return; }
        Accept(Asking(field) with { AboveTarget = answer?.AboveTarget });
        (Problem, Args) = (answer?.Problem, answer?.Args ?? []);
    }

    private void EditMenu()
    {
        if (FieldNamed(Input) is { } field) Accept(Asking(field));
        else if (Text.Hears("report.startOver", Input)) StartOver();
        // 否 pressed by mistake: 是 or 否 goes back to the read-back rather than asking for a field again.
        else if (Text.Hears("prompts.yes", Input) || Text.Hears("prompts.no", Input)) Accept(State with { Stage = ReportStage.ReadBack });
        else if (EditTyped()) { }
        else Refuse("prompts.notAChoice",
            ("choices", string.Join(" / ", Enum.GetValues<ReportField>().Select(f => ReportQuestions.FieldName(Text, f)))));
    }

    private void StartOver() => Accept(State with { Draft = new ReportDraft(Draft.TaskNumber), StatusSaidUnclear = false }, next: true);

    private void Field(ReportField field, string? input)
    {
        switch (field)
        {
            case ReportField.Status: Status(unclearAgain: true); break;
            case ReportField.Completion: Completion(input); break;
            default:
                if (string.IsNullOrWhiteSpace(input)) Refuse("prompts.emptyText");
                else if (input.Length > MaxText) Refuse("prompts.tooLong", ("max", MaxText));
                else if (field is ReportField.Problems or ReportField.Coordination && BareAnswer.IsNo(Text, input))
                    Accept(State with { Draft = Draft.WithText(field, Text.Say("report.noneAnswer")) }, next: true);
                else if (BareAnswer.Is(Text, input)) Refuse($"report.bare{field}", ("input", input.Trim()));
                else Accept(State with { Draft = Draft.WithText(field, input.Trim()) }, next: true);
                Claimed = false; // free text: a command typed here runs instead
                break;
        }
    }

    private void Status(bool unclearAgain)
    {
        var status = StatusReading.Answer(Text, Input);
        if (status.Status is { } s) Accept(State with { Draft = Draft.WithStatus(s) }, next: true);
        else if (status.Unclear && unclearAgain) Accept(State with { Stage = ReportStage.StatusUnclear, Asking = null });
        else if (Input is not null && Reading(Input) is { Draft.Status: not null } reading)
            Accept(State with { Draft = Draft.Merge(reading.Draft) }, next: true);
        else
        {
            var offered = State.Stage == ReportStage.StatusUnclear ? [ReportStatus.Done, ReportStatus.OnSchedule] : ReportQuestions.Statuses;
            Refuse("prompts.notAChoice", ("choices", string.Join(" / ", offered.Select(x => TaskText.Status(Text, x)))));
        }
    }

    private void Completion(string? input)
    {
        if (Text.Hears("report.inPercent", input)) { Accept(State with { InPercent = true, ChosenTarget = null }, next: true); return; }
        if (State.Targets.Count == 0 && Text.Hears("report.noCompletion", input))
        {
            Accept(State with { Draft = Draft.WithNoCompletion() }, next: true);
            return;
        }
        if (State.Targets.Count > 1 && ChosenTarget(input) is { } chosen)
        {
            Accept(State with { ChosenTarget = chosen, InPercent = false }, next: true);
            return;
        }
        if (ReportMessageReader.ThisPeriodsAmount(Text, input, State.AnswerTargets))
        {
            Claimed = true;
            Problem = "report.amountThisPeriod";
            Args = [("input", input!.Trim())];
            return;
        }
        var total = ReportMessageReader.CumulativeAmount(Text, input, State.AnswerTargets);
        var answer = CompletionAnswer.Read(total ?? input ?? "", State.AnswerTargets, State.AboveTarget);
        switch (answer.Problem)
        {
            case CompletionProblem.None:
                Accept(State with { Draft = Draft.WithCompletion(answer.Percent!.Value, answer.Value), AboveTarget = null }, next: true);
                break;
            case CompletionProblem.AboveTarget:
                Claimed = true;
                AboveTarget = answer.Amount;
                break;
            case CompletionProblem.WhichTarget:
                Claimed = true;
                Problem = "report.whichTarget";
                Args = [("value", input?.Trim())];
                break;
            case CompletionProblem.OutOfRange: Refuse("prompts.outOfRange", ("min", 0), ("max", 100)); break;
            case CompletionProblem.Rate: Refuse("report.rateNotCompletion", ("input", input?.Trim())); break;
            case CompletionProblem.NotAValue:
                Refuse("prompts.notAValue", ("target", string.Join(Text.Say("tasks.listSeparator"), State.AnswerTargets.Select(x => x.Label))));
                break;
            default: Refuse("prompts.notANumber", ("input", input)); break;
        }
    }

    // A target chosen by its button (高标准农田), its label (高标准农田6万亩) or its figure (6万亩).
    private string? ChosenTarget(string? input) =>
        input is null ? null : ReportQuestions.TargetButtons(State).FirstOrDefault(b => b.Button == input.Trim()).Label
            ?? State.TaskTargets.FirstOrDefault(x => x.IsNamedBy(input))?.Label;

    // "完成情况 60%", "完成比例改为60%": the longest start that names a field, and what follows it.
    private (ReportField Field, string Value)? Edit(string rest)
    {
        for (var length = rest.Length; length > 0; length--)
            if (FieldNamed(rest[..length].Trim()) is { } field)
                return (field, System.Text.RegularExpressions.Regex.Replace(rest[length..], @"^\s*(?:[:：]|改为|改成|为|成|to\b)?\s*", ""));
        return null;
    }

    private ReportState Asking(ReportField field) => State with { Draft = Draft.Without(field), Stage = ReportStage.Asking, Asking = field };

    private ReportReading Reading(string message) => ReportMessageReader.Read(Text, message, Draft.TaskNumber, State.TaskTargets);

    private ReportField? FieldNamed(string? said) => ReportQuestions.FieldNamed(Text, said);

    private void Accept(ReportState state, bool next = false, bool statusUnclear = false)
    {
        Claimed = true;
        Understood = next ? state.Next(statusUnclear) : state;
    }

    private void Refuse(string problem, params (string Name, object? Value)[] args) => (Problem, Args) = (problem, args);
}
