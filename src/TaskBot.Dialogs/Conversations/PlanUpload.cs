using TaskBot.Domain.Plans;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// What a plan file would change (or changed), the sheet read from a workbook; or the one-line problem with the file,
/// and the row whose 序号 is out of order when that is the problem; the document's own year when it was over and the plan
/// is supervised this year.
/// </summary>
public sealed record PlanUpload(ImportReport? Report, string? Sheet, string? Problem, string Sha256, MisnumberedRow? Misnumbered = null,
    int? MovedFrom = null);
