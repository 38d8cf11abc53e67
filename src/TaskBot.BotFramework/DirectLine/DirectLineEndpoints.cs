using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Hosting;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>Direct Line 3.0 under /v3/directline, enough for Microsoft's Web Chat and DirectLineJS.</summary>
public static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline");
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", RefreshAsync);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{id}", ReconnectAsync);
        api.MapGet("/conversations/{id}/activities", ActivitiesAsync);
        api.MapPost("/conversations/{id}/activities", PostAsync);
        api.MapGet("/conversations/{id}/stream", StreamAsync);
        DirectLineUploads.Map(api);
        return app;
    }

    // Not rate-limited: the secret's holder is a site's back end, asking for all its visitors from one address.
    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens, IOptions<DirectLineOptions> options,
        CancellationToken ct)
    {
        if (!HoldsSecret(http, options.Value)) return DirectLineErrors.Forbidden("a Direct Line secret is required");
        if (await RequestedUserAsync(http, ct) is not { } userId) return NotAUser();
        var grant = new DirectLineGrant(DirectLineConversations.NewConversationId(), userId, default);
        var (token, expiresIn) = await tokens.IssueAsync(grant.ConversationId, grant.UserId, ct);
        return Results.Json(new { conversationId = grant.ConversationId, token, expires_in = expiresIn });
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineTokens tokens, DirectLineRateLimits limits, CancellationToken ct)
    {
        if (await tokens.ValidateAsync(Bearer(http), ct) is not { } grant) return DirectLineErrors.TokenExpired();
        if (!limits.TryIssueToken(http)) return DirectLineRateLimits.TooMany("tokens");
        var (token, expiresIn) = await tokens.IssueAsync(grant.ConversationId, grant.UserId, ct);
        return Results.Json(new { conversationId = grant.ConversationId, token, expires_in = expiresIn });
    }

    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, IDirectLineStore store, DirectLineRateLimits limits,
        IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        DirectLineGrant? grant;
        if (HoldsSecret(http, options.Value))
        {
            if (await RequestedUserAsync(http, ct) is not { } userId) return NotAUser();
            grant = new DirectLineGrant(DirectLineConversations.NewConversationId(), userId, default);
        }
        else
        {
            grant = await tokens.ValidateAsync(Bearer(http), ct);
            if (grant is null) return DirectLineErrors.TokenExpired();
            if (!await store.ConversationExistsAsync(grant.ConversationId, ct) && !limits.TryStartConversation(http))
                return DirectLineRateLimits.TooMany("conversations");
        }
        var created = await conversations.StartAsync(grant, ct);
        return await ConversationAsync(http, tokens, grant, null, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> ReconnectAsync(string id, string? watermark, HttpContext http, DirectLineTokens tokens, IDirectLineStore store,
        CancellationToken ct)
    {
        if (await GrantAsync(http, tokens, id, ct) is not { } grant) return DirectLineErrors.TokenExpired();
        if (!await store.ConversationExistsAsync(id, ct)) return DirectLineErrors.NotFound(id);
        return await ConversationAsync(http, tokens, grant, watermark, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> ActivitiesAsync(string id, string? watermark, HttpContext http, DirectLineTokens tokens,
        IDirectLineStore store, CancellationToken ct)
    {
        if (await GrantAsync(http, tokens, id, ct) is null) return DirectLineErrors.TokenExpired();
        if (!await store.ConversationExistsAsync(id, ct)) return DirectLineErrors.NotFound(id);
        var after = long.TryParse(watermark, out var w) ? w : 0;
        var page = await store.ActivitiesAsync(id, after, ct);
        return Results.Json(new ActivitySet([.. page.Select(p => p.Activity)], (page.Count > 0 ? page[^1].Watermark : after).ToString()),
            ActivityJson.Options);
    }

    private static async Task<IResult> PostAsync(
        string id, HttpContext http, DirectLineTokens tokens, IDirectLineStore store, DirectLineConversations conversations,
        IOptions<BotOptions> bot, IOptions<DirectLineOptions> options, ILoggerFactory logs, CancellationToken ct)
    {
        if (await GrantAsync(http, tokens, id, ct) is not { } grant) return DirectLineErrors.TokenExpired();
        if (!await store.ConversationExistsAsync(id, ct)) return DirectLineErrors.NotFound(id);
        var body = await RequestBody.ReadAsync(http.Request, bot.Value.MaxActivityBytes, ct);
        if (body is null) return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "the activity is too large");
        ActivityJson.TryParse(body, out var activity, out _);
        if (activity?.Type is not { Length: > 0 })
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "the body is not an activity with a type");
        if (await conversations.IsFullAsync(id, body.Length, ct)) return DirectLineErrors.ConversationFull(options.Value);
        try
        {
            return Results.Json(
                new ResourceResponse { Id = await conversations.PostAsync(grant, activity, http.Connection.RemoteIpAddress?.ToString(), ct) },
                ActivityJson.Options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.CreateLogger(typeof(DirectLineEndpoints))
                .LogError(e, "The bot failed on an activity in Direct Line conversation {ConversationId}", id);
            return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "the bot failed to process the activity");
        }
    }

    private static async Task StreamAsync(string id, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, IDirectLineStore store,
        DirectLineStreams streams)
    {
        var grant = await tokens.ValidateAsync(t, http.RequestAborted);
        if (!http.WebSockets.IsWebSocketRequest || grant is null || grant.ConversationId != id)
        {
            http.Response.StatusCode = grant is null ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await streams.ServeAsync(id, socket, long.TryParse(watermark, out var w) ? w : 0, grant.ExpiresAt, store, http.RequestAborted);
    }

    private static async Task<IResult> ConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineGrant grant, string? watermark,
        int status, CancellationToken ct)
    {
        var (token, expiresIn) = await tokens.IssueAsync(grant.ConversationId, grant.UserId, ct);
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{http.Request.Host}{http.Request.PathBase}/v3/directline/conversations/{grant.ConversationId}/stream"
            + $"?t={Uri.EscapeDataString(token)}"
            + (watermark is { Length: > 0 } ? $"&watermark={Uri.EscapeDataString(watermark)}" : "");
        return Results.Json(new { conversationId = grant.ConversationId, token, expires_in = expiresIn, streamUrl }, statusCode: status);
    }

    internal static async Task<DirectLineGrant?> GrantAsync(HttpContext http, DirectLineTokens tokens, string conversationId, CancellationToken ct) =>
        HoldsSecret(http, http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value)
            ? new DirectLineGrant(conversationId, "", default)
            : await tokens.ValidateAsync(Bearer(http), ct) is { } grant && grant.ConversationId == conversationId ? grant : null;

    private static bool HoldsSecret(HttpContext http, DirectLineOptions options) => SharedSecret.Matches(Bearer(http), options.Secret);

    private static string? Bearer(HttpContext http) => BearerToken.From(http.Request.Headers.Authorization);

    /// <summary>The user a secret holder names in {"user":{"id":"…"}}, a new one when it names none; null when the body is not that.</summary>
    private static async Task<string?> RequestedUserAsync(HttpContext http, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(http.Request, 16 * 1024, ct);
        if (body is null) return null;
        if (body.Length == 0) return DirectLineConversations.NewUserId();
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            if (!doc.RootElement.TryGetProperty("user", out var user)) return DirectLineConversations.NewUserId();
            if (user.ValueKind != JsonValueKind.Object) return null;
            if (!user.TryGetProperty("id", out var id)) return DirectLineConversations.NewUserId();
            return id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 200 } userId ? userId : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult NotAUser() =>
        DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "the body must be {\"user\":{\"id\":\"…\"}} or empty");
}
