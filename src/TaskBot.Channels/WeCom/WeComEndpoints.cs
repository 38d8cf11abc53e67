using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Hosting;

namespace TaskBot.Channels.WeCom;

/// <summary>
/// GET /api/wecom answers the platform's URL check; POST /api/wecom takes a member's message or click, runs it through
/// the turn pipeline and answers at once with an empty 200 (replies go out through the outbox). A callback that is not
/// signed with our Token, is more than five minutes off, or was encrypted for another CorpID or AgentID is refused
/// with a 4xx before anything is stored.
/// </summary>
public static class WeComEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapWeCom(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/wecom", Verify);
        app.MapPost("/api/wecom", ReceiveAsync);
        return app;
    }

    private static IResult Verify(HttpRequest request, IOptions<WeComOptions> options, WeComCrypto crypto, TimeProvider time)
    {
        if (!options.Value.Enabled) return Results.NotFound();
        var echo = request.Query["echostr"].ToString();
        if (Open(request, echo, options.Value, crypto, time) is not { } plain) return Refused(request, "URL check");
        return plain.Refusal ?? Results.Text(plain.Message, "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<WeComOptions> options, WeComCrypto crypto, TimeProvider time,
        ActivityProcessor processor, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return Results.NotFound();
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (WeComMessage.Envelope(Encoding.UTF8.GetString(body)) is not { } envelope) return Results.BadRequest();
        if (envelope.AgentId is { } named && named != settings.AgentId)
            return Refused(request, "a callback for another app", StatusCodes.Status403Forbidden);
        if (Open(request, envelope.Encrypted, settings, crypto, time) is not { } plain) return Refused(request, "a callback");
        if (plain.Refusal is { } refusal) return refusal;
        if (WeComMessage.Parse(plain.Message) is not { } message) return Results.BadRequest();
        if (message.AgentId != settings.AgentId || message.ToUserName != settings.CorpId)
            return Refused(request, "a message for another app", StatusCodes.Status403Forbidden);
        if (WeComChannel.ToActivity(message, "zh-CN") is { } activity)
            await processor.ProcessAsync(activity, new CallerIdentity(false, settings.CorpId, ServiceUrlTrusted: true), cancellationToken);
        return Results.Text("", "text/plain");
    }

    /// <summary>
    /// The plaintext when the signature, time and CorpID hold; null when the signature or time does not (401);
    /// a 403 refusal when the ciphertext was for another CorpID.
    /// </summary>
    private static (string Message, IResult? Refusal)? Open(HttpRequest request, string encrypted, WeComOptions settings, WeComCrypto crypto,
        TimeProvider time)
    {
        var q = request.Query;
        var timestamp = q["timestamp"].ToString();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return null;
        if ((time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > settings.MaxClockSkew)
            return null;
        if (!crypto.HasSignature(q["msg_signature"].ToString(), timestamp, q["nonce"].ToString(), encrypted)) return null;
        if (crypto.Decrypt(encrypted) is not { } plain) return ("", Results.BadRequest());
        return plain.ReceiverId == settings.CorpId ? (plain.Message, null)
            : ("", Refused(request, "a message for another CorpID", StatusCodes.Status403Forbidden));
    }

    private static IResult Refused(HttpRequest request, string what, int status = StatusCodes.Status401Unauthorized)
    {
        request.HttpContext.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(WeComEndpoints))
            .LogWarning("企业微信: refused {What} from {Address}", what, request.HttpContext.Connection.RemoteIpAddress);
        return Results.StatusCode(status);
    }
}
