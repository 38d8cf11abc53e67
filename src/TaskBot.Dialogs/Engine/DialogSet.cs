using Microsoft.Extensions.DependencyInjection;

namespace TaskBot.Dialogs.Engine;

/// <summary>The dialogs of one turn, by id: each built when the turn first needs it.</summary>
public sealed class DialogSet(DialogCatalog catalog, IServiceProvider services)
{
    public Dialog this[string id] => (Dialog)services.GetRequiredService(catalog.TypeOf(id));
}
