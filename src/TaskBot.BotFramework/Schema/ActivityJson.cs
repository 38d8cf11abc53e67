using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskBot.BotFramework.Schema;

/// <summary>How activities go on the wire: camelCase, nulls omitted.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options);

    /// <summary>Reads a request body as an activity; false with the reason for anything that is not JSON of that shape.</summary>
    public static bool TryParse(byte[] body, out Activity? activity, out string error)
    {
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, Options);
            error = activity is null ? "the body is not an activity" : "";
            return activity is not null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            activity = null;
            error = $"the body is not valid activity JSON: {e.Message}";
            return false;
        }
    }
}
