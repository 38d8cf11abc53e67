using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Dialogs.Reports;

/// <summary>
/// A status as people say it, in the phrases of dialogs/{locale}/report.yaml: an answer to "本期进展状态是？"
/// (正常, 推进中, 有所滞后, 还没开始), or, inside a sentence, the words that give it away (…因疫情影响有所滞后).
/// 基本完成 / 差不多完成了 is unclear: the reporter is asked whether it is 已完成 or 正常推进.
/// </summary>
public sealed record StatusReading(ReportStatus? Status, bool Unclear)
{
    private static readonly ReportStatus[] Order = [ReportStatus.NotStarted, ReportStatus.Behind, ReportStatus.Done, ReportStatus.OnSchedule];

    public bool Found => Status is not null || Unclear;

    /// <summary>The whole answer is a status: a phrase, a button's title, or the status's name from a card.</summary>
    public static StatusReading Answer(LocaleText text, string? input)
    {
        if (input is null) return new(null, false);
        if (Enum.TryParse<ReportStatus>(input.Trim(), ignoreCase: true, out var named) && Enum.IsDefined(named)) return new(named, false);
        if (text.Hears("report.statusUnclear", input)) return new(null, true);
        var status = Order.Cast<ReportStatus?>().FirstOrDefault(s => text.Hears($"report.status{s}", input)
            || LocaleText.Normalize(input) == LocaleText.Normalize(TaskText.Status(text, s!.Value)));
        return new(status, false);
    }

    /// <summary>The status a sentence gives away, if any.</summary>
    public static StatusReading InSentence(LocaleText text, string sentence)
    {
        var status = Order.Cast<ReportStatus?>().FirstOrDefault(s => text.Hears($"report.statusIn{s}", sentence));
        return status is not null ? new(status, false) : new(null, text.Hears("report.statusInUnclear", sentence));
    }
}
