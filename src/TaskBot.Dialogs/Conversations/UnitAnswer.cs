using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// The unit a name said in chat stands for (农牧局 → 旗农牧局). When it is none or several, says so, listing the units
/// it may mean, each with a button that asks again in the words of <c>askKey</c> ("{unit}的任务").
/// </summary>
public static class UnitAnswer
{
    /// <summary>
    /// The plan and the unit a lookup asks about (options' <c>unit</c>), when the asker may ask about it; otherwise says
    /// why not (no plan, no such unit, another unit's) and returns null.
    /// </summary>
    public static async Task<(TaskProgress Progress, Unit Unit)?> AskedAboutAsync(DialogContext dc, TaskSupervision supervision, Lookups lookups,
        System.Text.Json.Nodes.JsonNode? options, string askKey, CancellationToken cancellationToken)
    {
        if (await supervision.ProgressAsync(cancellationToken) is not { } progress)
        {
            await dc.SayAsync("units.noPlan", cancellationToken);
            return null;
        }
        if (await FindAsync(dc, lookups, progress, options?["unit"]?.GetValue<string>(), askKey, cancellationToken) is not { } unit) return null;
        if (Lookups.MayAskAbout(dc.Viewer!, unit)) return (progress, unit);
        await dc.SayAsync("units.ownOnly", cancellationToken);
        return null;
    }

    public static async Task<Unit?> FindAsync(DialogContext dc, Lookups lookups, TaskProgress? progress, string? name, string askKey,
        CancellationToken cancellationToken)
    {
        var match = await lookups.FindUnitAsync(progress, name ?? "", cancellationToken);
        if (match.Unit is { } unit) return unit;
        var t = dc.Text;
        var said = Markdown.Literal(UnitName.Clean(name ?? ""));
        if (match.Candidates.Count == 0)
        {
            await dc.SayAsync("units.unknown", cancellationToken, ("name", said));
            return null;
        }
        var names = match.Candidates.Select(u => u.Name).ToList();
        var message = Activity.CreateMessage(t.Say("units.which", ("name", said), ("units", TaskText.List(t, names))));
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [.. names.Take(MessageLimits.Buttons).Select(n => CardAction.ImBack(t.Say(askKey, ("unit", n))))],
        };
        await dc.SendAsync(message, cancellationToken);
        return null;
    }
}
