using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;

namespace TaskBot.Dialogs.Conversations;

/// <summary>Greets someone who joins the conversation and shows where to start.</summary>
public sealed class WelcomeDialog : Dialog
{
    public const string Name = "welcome";
    public override string Id => Name;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var welcome = Activity.CreateMessage(dc.Text.Say("welcome.hello"));
        welcome.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(dc.Text.Say("welcome.helpButton"))] };
        return await dc.SendAndEndAsync(welcome, cancellationToken);
    }
}
