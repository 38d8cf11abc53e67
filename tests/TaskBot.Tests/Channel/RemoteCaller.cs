using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace TaskBot.Tests.Channel;

/// <summary>Posts to the in-memory server as a caller at a given address, which the test client cannot set.</summary>
public static class RemoteCaller
{
    public static readonly IPAddress Elsewhere = IPAddress.Parse("203.0.113.9");

    public static async Task<int> PostAsync(TestServer server, IPAddress from, string path, string json, string? bearer = null)
    {
        var context = await server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = path;
            http.Request.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes(json);
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
            if (bearer is not null) http.Request.Headers.Authorization = "Bearer " + bearer;
            http.Connection.RemoteIpAddress = from;
        });
        return context.Response.StatusCode;
    }
}
