using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>同意延期 3 / 不同意延期 3 意见 (the office, or a lead leader when so set): decides a 延期 request.</summary>
public sealed class ExtensionDecisionDialog(ExtensionDesk desk, IPlanReader plans) : Dialog, IRoutedDialog
{
    public const string Name = "extensionDecision";
    public override string Id => Name;
    public string Trigger => "extension.decide";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var t = dc.Text;
        var said = options!["id"]!.GetValue<string>();
        if (!int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await desk.FindForAsync(dc.Viewer!, id, cancellationToken) is not { } request)
            return await dc.SayAndEndAsync("extension.notFound", cancellationToken, ("id", said));
        var approve = string.Equals(options["action"]!.GetValue<string>(), t.Say("extension.approveButton"), StringComparison.OrdinalIgnoreCase);
        var remark = options["remark"]?.GetValue<string>().Trim() is { Length: > 0 } r ? r : null;
        if (!await desk.DecideAsync(dc.Viewer!, request, approve, remark, cancellationToken))
            return await dc.SayAndEndAsync("extension.decided", cancellationToken, ("id", id));
        var unit = (await plans.UnitAsync(request.UnitId, cancellationToken))?.Name;
        return await dc.SayAndEndAsync(approve ? "extension.doneApprove" : "extension.doneRefuse", cancellationToken,
            ("id", id), ("number", request.TaskNumber), ("new", TaskText.Date(t, request.NewDeadline)), ("unit", Markdown.Literal(unit)));
    }
}
