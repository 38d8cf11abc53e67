using System.Text;
using System.Text.Json.Nodes;

namespace TaskBot.Channels;

/// <summary>
/// A JSON request body sent whole, with its Content-Length: the platforms' gateways are not known to take chunked
/// bodies, which is how a streamed JSON body goes out.
/// </summary>
public static class JsonBody
{
    public static StringContent Of(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
