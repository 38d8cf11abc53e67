using Microsoft.Extensions.DependencyInjection;

namespace TaskBot.Dialogs.Engine;

/// <summary>
/// Every dialog the bot knows, by id, and how the routed ones start (in registration order). Read once from the dialogs
/// themselves, built in a scope of their own at first use, so that a turn builds only the dialogs it runs.
/// </summary>
public sealed class DialogCatalog(IEnumerable<DialogRegistration> registrations, IServiceScopeFactory scopes)
{
    private readonly Lazy<(Dictionary<string, Type> Types, DialogRoute[] Routes)> _read = new(() => Read(registrations, scopes));

    public Type TypeOf(string id) => _read.Value.Types.TryGetValue(id, out var type) ? type : throw new KeyNotFoundException($"no dialog '{id}'");

    public IReadOnlyList<DialogRoute> Routes => _read.Value.Routes;

    private static (Dictionary<string, Type>, DialogRoute[]) Read(IEnumerable<DialogRegistration> registrations, IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        var routes = new List<DialogRoute>();
        foreach (var registration in registrations)
        {
            var dialog = (Dialog)scope.ServiceProvider.GetRequiredService(registration.Type);
            types.Add(dialog.Id, registration.Type);
            if (registration.Routed && dialog is IRoutedDialog r)
                routes.Add(new DialogRoute(dialog.Id, r.Trigger, r.Command, r.ForMembersOnly, r.StartsOnFiles));
        }
        return (types, [.. routes]);
    }
}
