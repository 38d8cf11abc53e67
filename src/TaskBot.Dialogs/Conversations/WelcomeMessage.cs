using TaskBot.BotFramework.Schema;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// Greets someone who joins the conversation and shows where to start. A message, not a dialog: someone joining a
/// group must not end another member's dialog.
/// </summary>
public static class WelcomeMessage
{
    public static Activity For(LocaleText text)
    {
        var welcome = Activity.CreateMessage(text.Say("welcome.hello"));
        welcome.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(text.Say("welcome.helpButton"))] };
        return welcome;
    }
}
