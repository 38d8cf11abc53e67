using System.Net.Http.Headers;

namespace TaskBot.BotFramework.Hosting;

public static class JsonContentType
{
    /// <summary>application/json or application/*+json, parameters (charset) allowed.</summary>
    public static bool Is(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType is not { } type) return false;
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
