using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace TaskBot.Reminders.Delivery;

/// <summary>
/// The service scopes a drain sends through: one per concurrent send, reused for the next message. A scope per message
/// (with its database context and Connector client) cost more CPU than the send itself. A scope serves one send at a
/// time, and a few hundred before it is renewed; one whose send did not go through is not reused.
/// </summary>
internal sealed class DeliveryScopes(IServiceScopeFactory factory) : IAsyncDisposable
{
    private const int UsesPerScope = 256;
    private readonly ConcurrentBag<Lent> _free = [];

    public async Task<DeliveryResult> SendAsync(Func<IServiceProvider, Task<DeliveryResult>> send)
    {
        var lent = _free.TryTake(out var free) ? free : new Lent(factory.CreateAsyncScope());
        var reuse = false;
        try
        {
            var result = await send(lent.Scope.ServiceProvider);
            reuse = result.Status == DeliveryStatus.Sent && ++lent.Uses < UsesPerScope;
            return result;
        }
        finally
        {
            if (reuse) _free.Add(lent);
            else await lent.Scope.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_free.TryTake(out var lent)) await lent.Scope.DisposeAsync();
    }

    private sealed class Lent(AsyncServiceScope scope)
    {
        public AsyncServiceScope Scope { get; } = scope;
        public int Uses { get; set; }
    }
}
