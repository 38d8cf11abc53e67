using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// One message about several tasks (22和33都是正常推进 完成70% / 22、33号无变化): a report is one task's, so the
/// message is handed back per task, one button each carrying what was typed, and nothing of it is lost.
/// </summary>
public sealed class SeveralTasksDialog : Dialog, IRoutedDialog
{
    public override string Id => "severalTasks";
    public string Trigger => "severalTasks.start";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var numbers = Numbers(options?["numbers"]?.GetValue<string>() ?? "");
        var body = options?["body"]?.GetValue<string>().Trim() ?? "";
        var message = Activity.CreateMessage(dc.Text.Say("severalTasks.perTask",
            ("numbers", TaskText.List(dc.Text, numbers.Select(n => "#" + n))), ("example", $"{numbers[0]} {body}")));
        var offered = numbers.Take(MessageLimits.Buttons).ToList();
        message.SuggestedActions = new SuggestedActions { Actions = [.. offered.Select(n => CardAction.ImBack($"{n} {body}"))] };
        return dc.OfferTasksAndEndAsync(message, offered.ToDictionary(n => n, n => $"{n} {body}"), cancellationToken);
    }

    private static List<int> Numbers(string said) => [.. Regex.Matches(said, @"\d+").Select(m => int.Parse(m.Value)).Distinct()];
}
