using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;

namespace TaskBot.Dialogs.Conversations;

/// <summary>导出台账 / export ledger (the office): a download link to the 台账 workbook, short-lived and single-use.</summary>
public sealed class ExportLedgerDialog(IOfficeFileLinks links) : Dialog, IRoutedDialog
{
    public override string Id => "exportLedger";
    public string Trigger => "exportLedger.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await dc.SayAndEndAsync("office.only", cancellationToken);
        var link = links.For(dc.Viewer.Member, OfficeFileKind.Ledger);
        return await dc.SayAndEndAsync("exportLedger.link", cancellationToken, ("url", link.Url), ("minutes", (int)link.Lifetime.TotalMinutes));
    }
}
