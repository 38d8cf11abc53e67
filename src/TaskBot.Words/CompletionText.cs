using TaskBot.Domain.Loop;

namespace TaskBot.Words;

/// <summary>Where a task's 已完成 stands (待核 / 销号 / 退回), in the words of dialogs/{locale}/completion.yaml.</summary>
public static class CompletionText
{
    public static string State(LocaleText t, CompletionReview review, string? unit, Func<DateTimeOffset, DateOnly> localDate) => review.State switch
    {
        CompletionState.Pending => t.Say("completion.detailPending", ("unit", Markdown.Literal(unit)),
            ("date", TaskText.Date(t, localDate(review.ClaimedAt)))),
        CompletionState.Closed => t.Say("completion.detailClosed", ("date", TaskText.Date(t, localDate(review.ReviewedAt!.Value))),
            ("by", Markdown.Literal(review.ReviewedBy))),
        _ => t.Say("completion.detailReturned", ("date", TaskText.Date(t, localDate(review.ReviewedAt!.Value))),
            ("reason", Markdown.Literal(review.Reason))),
    };
}
