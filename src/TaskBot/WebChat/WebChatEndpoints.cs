using System.Text.Json.Serialization;
using TaskBot.BotFramework.DirectLine;

namespace TaskBot.WebChat;

/// <summary>
/// The Web Chat page at / and its token: POST /webchat/token gives a new visitor a Direct Line token for a new
/// conversation, and a returning page (holding its last token, even expired) a fresh token for its own conversation,
/// so a reload resumes the conversation. The Direct Line secret never reaches the browser.
/// </summary>
public static class WebChatEndpoints
{
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webchat/token", IssueAsync);
        return app;
    }

    private static async Task<IResult> IssueAsync(
        TokenRequest? request, HttpContext http, DirectLineTokens tokens, IDirectLineStore store, DirectLineRateLimits limits, CancellationToken ct)
    {
        if (!limits.TryIssueToken(http)) return DirectLineRateLimits.TooMany("tokens");
        var previous = await tokens.ValidateAsync(request?.Token, ct, allowExpired: true);
        var grant = previous is not null && await store.ConversationExistsAsync(previous.ConversationId, ct)
            ? previous
            : new DirectLineGrant(DirectLineConversations.NewConversationId(), DirectLineConversations.NewUserId(), default);
        var (token, expiresIn) = await tokens.IssueAsync(grant.ConversationId, grant.UserId, ct);
        return Results.Json(new { token, conversationId = grant.ConversationId, userId = grant.UserId, expires_in = expiresIn, resumed = previous is not null });
    }

    private sealed record TokenRequest([property: JsonPropertyName("token")] string? Token);
}
