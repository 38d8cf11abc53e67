using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;

namespace TaskBot.Dialogs;

/// <summary>What a message asks for: the dialog whose phrases it matches (in registration order) and the values the
/// phrase captured, or an intent of dialogs/{locale}/intents.yaml that no dialog serves yet.</summary>
public sealed record Intent(string Name, DialogRoute? Route, JsonObject Values);

/// <summary>Reads a message as a command: the routed dialogs' phrases first, then the intents without a dialog.</summary>
public sealed class IntentRecognizer(DialogCatalog dialogs)
{
    private const string Unserved = "intents";

    /// <summary>The intent of a message; with <paramref name="commandsOnly"/>, only phrases that may interrupt a dialog.</summary>
    public Intent? Recognize(LocaleText text, string? input, bool commandsOnly = false)
    {
        foreach (var route in dialogs.Routes)
        {
            var key = commandsOnly ? route.Command : route.Trigger;
            if (key is not null && text.Hears(key, input, out var match)) return new(route.Id, route, Values(match!));
        }
        foreach (var key in text.PhraseKeysIn(Unserved))
            if (text.Hears(key, input, out var match)) return new(key[(Unserved.Length + 1)..], null, Values(match!));
        return null;
    }

    /// <summary>The dialog that starts on this message whatever its words (a file sent in chat), if any.</summary>
    public Intent? Taking(BotFramework.Schema.Activity activity) =>
        dialogs.Routes.FirstOrDefault(r => r.StartsOnFiles) is { } route && BotFramework.Turns.AttachmentFiles.Files(activity).Any()
            ? new(route.Id, route, []) : null;

    internal static JsonObject Values(System.Text.RegularExpressions.Match match)
    {
        var values = new JsonObject();
        foreach (var group in match.Groups.Values.Where(g => g.Success && !int.TryParse(g.Name, out _))) values[group.Name] = group.Value;
        return values;
    }
}
