using System.Net;
using System.Net.Sockets;

namespace TaskBot.Tests.Infrastructure;

public static class LoopbackPort
{
    // Below the kernel's ephemeral range (32768 up): a listener on port 0 (a Connector peer, a Kestrel test server)
    // never gets one of these, so a port handed out here stays free until its server binds it. Before, two collections
    // could share one: a server's /healthz probe reached another test's Connector peer.
    private const int First = 20_000;
    private const int Count = 12_000;
    private static int _next = Random.Shared.Next(Count);

    /// <summary>A port on 127.0.0.1 that nothing listens on right now and that no other caller in this process gets.</summary>
    public static int Free()
    {
        for (var tries = 0; tries < Count; tries++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _next) % Count);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Another test process on the machine holds it: try the next.
            }
        }
        throw new InvalidOperationException($"no free port on 127.0.0.1 from {First} to {First + Count - 1}");
    }
}
