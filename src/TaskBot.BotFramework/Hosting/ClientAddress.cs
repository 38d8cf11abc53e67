using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace TaskBot.BotFramework.Hosting;

public static class ClientAddress
{
    /// <summary>Whether the caller is on this machine. An unknown address is not.</summary>
    public static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);

    /// <summary>The caller's address as a rate-limit key: IPv6 by its /64, which one subscriber usually holds whole.</summary>
    public static string Key(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } ip) return "unknown";
        if (ip.IsIPv4MappedToIPv6) return ip.MapToIPv4().ToString();
        if (ip.AddressFamily != AddressFamily.InterNetworkV6) return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
