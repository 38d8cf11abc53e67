using System.Text;
using System.Text.RegularExpressions;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Dialogs.Reports;

/// <summary>
/// What one message said of a report: the fields found, whether its status needs asking (基本完成), and what followed
/// a completion's label when it was not read as one ("完成情况：累计下降5%"): the completion question reads it again.
/// </summary>
public sealed record ReportReading(ReportDraft Draft, bool StatusUnclear, string? UnreadCompletion = null)
{
    /// <summary>Whether the message said anything a report holds.</summary>
    public bool Found => StatusUnclear || Draft.Sources.Count > 0;

    /// <summary>"需要协调：资金缺口200万…" and nothing else: a request for a leader on its own, not a report.</summary>
    public string? CoordinationAlone(LocaleText text) =>
        Draft is { Sources.Count: 1, Coordination: { Length: > 0 } request } && !TaskText.SaysNothing(text, request) ? request : null;
}

/// <summary>
/// Reads a report written as one message — "正常推进，已完成管网30公里，完成约67%，问题：无，下步：完成剩余管网，协调：无",
/// labels in any order, or a paragraph with 完成/滞后 in it — into a draft. The labels and status words are the
/// phrases of dialogs/{locale}/report.yaml. Clauses after a label belong to it until the next label; clauses
/// before any label are the progress text; a clause that only gives the status or the completion is that, wherever it is.
/// </summary>
public static partial class ReportMessageReader
{
    private static readonly ReportField[] Labels =
        [ReportField.Status, ReportField.Progress, ReportField.Completion, ReportField.Problems, ReportField.NextSteps, ReportField.Coordination];

    // A comma between digits (30,000) does not end a clause.
    [GeneratedRegex(@"(?:[^，,；;。\n]|(?<=\d),(?=\d{3}))+[，,；;。\n]*")]
    private static partial Regex Clause();

    // Written on a phone, a space between Chinese words ends a clause as a comma would ("新建幼儿园2所 没啥问题");
    // not before an amount ("完成 大概一半" is one clause, not 完成 and a figure).
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}%％])[ \t\u3000]+(?=\p{IsCJKUnifiedIdeographs})(?!(?:约|大约|大概|近|将近|超过|一半|过半|半数))")]
    private static partial Regex SpaceBetweenWords();

    // A line break ends a clause and is kept as a space in the text.
    private static IEnumerable<string> Clauses(LocaleText text, string message)
    {
        var clauses = Clause().Matches(SpaceBetweenWords().Replace(message, "\n")).SelectMany(m => RunOn(text, m.Value)).ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (i + 1 < clauses.Count && NameAndWhat(text, clauses[i], clauses[i + 1]) is { } labelled)
            {
                yield return labelled;
                i++;
            }
            else yield return clauses[i];
        }
    }

    private static readonly ReportField[] NamedAlone =
        [ReportField.Completion, ReportField.Problems, ReportField.NextSteps, ReportField.Coordination];

    // "问题 无 下步 继续推进" written on a phone: a field's name alone, then what it says, read as "问题：无".
    private static string? NameAndWhat(LocaleText text, string name, string what)
    {
        var bare = Bare(name);
        if (ReportQuestions.FieldNamed(text, bare) is not { } field || !NamedAlone.Contains(field)) return null;
        var labelled = bare + "：" + what;
        return Labelled(text, Bare(labelled)) is { Implied: false } ? labelled : null;
    }

    /// <summary>
    /// A clause written on without commas ("进展顺利完成60%问题是资金缺口较大需要协调财政局") taken apart where a label or a
    /// completion begins (report.runOn), when what follows reads as that.
    /// </summary>
    private static IEnumerable<string> RunOn(LocaleText text, string raw)
    {
        var clause = raw.Trim();
        if (!text.Hears("report.runOn", clause, out var m)) return [raw];
        var (head, tail) = (Original(clause, m!.Groups["head"]), clause[m.Groups["tail"].Index..]);
        var bare = Bare(tail);
        if (Labelled(text, bare) is null && !(Amounts.PercentMatch(bare).Success && OnlyCompletion(text, bare))) return [raw];
        return [.. RunOn(text, head), .. RunOn(text, tail)];
    }

    /// <param name="lead">Where the clauses before any label go: the progress, or the text a question asked for
    /// ("资金缺口较大需要协调财政局" asked for problems: the problem, then the coordination).</param>
    public static ReportReading Read(LocaleText text, string message, int taskNumber, IReadOnlyList<TaskTarget> targets,
        ReportField lead = ReportField.Progress)
    {
        var draft = new ReportDraft(taskNumber);
        var unclear = false;
        var texts = new Dictionary<ReportField, StringBuilder>();
        ReportField? open = null;
        var completionInSentence = false;
        var doneInSentence = false;
        string? unread = null;
        foreach (var raw in Clauses(text, message))
        {
            var clause = Bare(raw);
            if (clause.Length == 0) continue;
            if (Labelled(text, clause) is var (field, said, _))
            {
                open = null;
                if (field == ReportField.Status) Apply(StatusReading.Answer(text, said));
                else if (field == ReportField.Completion && Completion(said, targets) is { Percent: { } p } c)
                    draft = draft.WithCompletion(p, c.Value);
                else if (field != ReportField.Completion && said.Length > 0) { Append(field, raw, said); open = field; }
                else if (said.Length > 0) unread = said;
                continue;
            }
            var status = StatusReading.Answer(text, clause);
            if (status.Found && draft.Status is null && !unclear) { Apply(status); open = null; continue; }
            // A clause that only says how far it got wins over a figure inside a sentence ("完成土地平整2.3万亩").
            var found = !Typed(ReportField.Completion) || completionInSentence ? CompletionAnswer.Find(clause, targets) : null;
            if (found?.Percent is { } only && OnlyCompletion(text, clause))
            {
                (draft, open, completionInSentence) = (draft.WithCompletion(only, found.Value), null, false);
                continue;
            }
            if ((open ?? (lead == ReportField.Progress ? null : lead)) is { } continuing) { Append(continuing, raw, clause); continue; }
            // A figure inside a sentence ("完成土地平整2.3万亩") never replaces the 100% that 已完成 fills in.
            if (found?.Percent is { } percent && draft.Completion is null && !ThisPeriodsAmount(text, clause, targets))
                (draft, completionInSentence) = (draft.WithCompletion(percent, found.Value), true);
            if (draft.Status is null && !unclear)
            {
                var reading = StatusReading.InSentence(text, clause);
                doneInSentence = reading.Status == ReportStatus.Done;
                Apply(reading);
            }
            Append(ReportField.Progress, raw, clause);
        }
        foreach (var (field, said) in texts) draft = draft.WithText(field, said.ToString().Trim().TrimEnd('，', ',', '；', ';', '。'));
        // "安全饮水工程已完工8处" with 8 of 12 is a step done, not the task: 已完成 against a completion below 100% is asked.
        if (doneInSentence && draft.Status == ReportStatus.Done && draft.Completion < 100)
            (draft, unclear) = (draft.Without(ReportField.Status), true);
        return new ReportReading(draft, unclear && draft.Status is null, draft.Completion is null ? unread : null);

        // 已完成 fills in 100%, which a completion typed after it ("一期已全部完成，完成60%") replaces.
        bool Typed(ReportField field) => draft.Source(field) == FieldSource.Typed;

        void Apply(StatusReading reading)
        {
            if (reading.Status is { } s) draft = draft.WithStatus(s);
            unclear |= reading.Unclear;
        }

        void Append(ReportField field, string raw, string said)
        {
            if (!texts.TryGetValue(field, out var sb)) texts[field] = sb = new StringBuilder();
            sb.Append(said).Append(Separator(raw));
        }
    }

    /// <summary>
    /// "本周完成平整1.2万亩": an amount done this period, not the total done so far; taken as the completion it would put the
    /// task back to where it was weeks ago.
    /// </summary>
    public static bool ThisPeriodsAmount(LocaleText text, string? said, IReadOnlyList<TaskTarget> targets) =>
        said is not null && text.Hears("report.thisPeriodOnly", said) && CompletionAnswer.Find(said, targets) is { Value: not null };

    /// <summary>
    /// "累计节水320万立方米", "本周节水50万立方米，累计节水320万立方米": the total done so far, as said after 累计 or 截至
    /// (report.cumulative) — a percentage or a value of a target; null when no figure follows those words, or only a rate
    /// (累计下降5%), which the completion's own reading refuses.
    /// </summary>
    public static string? CumulativeAmount(LocaleText text, string? said, IReadOnlyList<TaskTarget> targets)
    {
        if (!text.Hears("report.cumulative", said, out var m)) return null;
        var rest = Amounts.Ascii(m!.Groups["rest"].Value);
        for (var percent = Amounts.PercentMatch(rest); percent.Success; percent = percent.NextMatch())
            if (!CompletionAnswer.IsRate(rest, percent)) return percent.Value;
        return targets.Select(t => t.FindValue(rest)?.Said).FirstOrDefault(v => v is not null);
    }

    /// <summary>Whether some clause of the message starts with a label, named ("问题：") or implied ("下周…").</summary>
    public static bool HasLabel(LocaleText text, string message) =>
        Clauses(text, message).Any(c => Labelled(text, Bare(c)) is not null);

    /// <summary>Whether some clause names a field ("下步：", "需要协调…"): then it is read whole, whatever was asked.</summary>
    public static bool NamesField(LocaleText text, string message) =>
        Clauses(text, message).Any(c => Labelled(text, Bare(c)) is { Implied: false });

    /// <summary>A clause without the spaces and the punctuation that end it.</summary>
    private static string Bare(string clause) => clause.Trim().TrimEnd('，', ',', '；', ';', '。').Trim();

    /// <summary>
    /// The label a clause starts with ("问题：", "下一步", "需协调："), and what follows it; implied when the clause
    /// only reads like that field ("下周…", "没有问题") without naming it.
    /// </summary>
    public static (ReportField Field, string Said, bool Implied)? Labelled(LocaleText text, string clause)
    {
        foreach (var implied in (bool[])[false, true])
            foreach (var field in Labels)
                if (text.Hears(implied ? $"report.implied{field}" : $"report.label{field}", clause, out var match)
                    && match!.Groups["text"] is { Success: true } g)
                    return (field, Original(clause, g).Trim(), implied);
        return null;
    }

    private static CompletionAnswer? Completion(string said, IReadOnlyList<TaskTarget> targets) =>
        CompletionAnswer.Read(said, targets) is { Accepted: true } answer ? answer : CompletionAnswer.Find(said, targets);

    // The clause has only the completion: "完成约67%", "预计完成35%", "about 67% done".
    private static bool OnlyCompletion(LocaleText text, string clause)
    {
        var percent = Amounts.PercentMatch(clause);
        var rest = percent.Success ? Amounts.Ascii(clause).Remove(percent.Index, percent.Length) : clause;
        return rest.Trim().Length == 0 || text.Hears("report.completionWords", rest.Trim());
    }

    // What a group matched, in the clause as written (the match ran on the lower-cased text).
    private static string Original(string clause, Group group)
    {
        var trimmed = clause.Trim();
        return group.Index + group.Length <= trimmed.Length ? trimmed.Substring(group.Index, group.Length) : group.Value;
    }

    private static string Separator(string raw)
    {
        var end = raw.TrimEnd();
        return end.Length > 0 && "，,；;。".Contains(end[^1]) ? (end[^1] == ',' ? ", " : end[^1].ToString()) : " ";
    }
}
