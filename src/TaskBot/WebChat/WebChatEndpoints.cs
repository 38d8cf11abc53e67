using System.Text.Json.Serialization;
using TaskBot.BotFramework.DirectLine;

namespace TaskBot.WebChat;

/// <summary>
/// The Web Chat page at / and its token: POST /webchat/token gives a new visitor a Direct Line token for a new
/// conversation, and a returning page (holding its last token, even expired) a fresh token for its own conversation,
/// so a reload resumes the conversation, unless that conversation is full. The Direct Line secret never reaches the browser.
/// </summary>
public static class WebChatEndpoints
{
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webchat/token", IssueAsync);
        return app;
    }

    private static async Task<IResult> IssueAsync(
        TokenRequest? request, HttpContext http, DirectLineTokens tokens, IDirectLineStore store, DirectLineConversations conversations,
        DirectLineRateLimits limits, CancellationToken ct)
    {
        if (!limits.TryIssueToken(http)) return DirectLineRateLimits.TooMany("tokens");
        var previous = await tokens.ValidateAsync(request?.Token, ct, allowExpired: true);
        var resumable = previous is not null && await store.ConversationExistsAsync(previous.ConversationId, ct)
            && !await conversations.IsFullAsync(previous.ConversationId, 0, ct);
        // A page whose conversation is gone or full starts a new one, as the same user, so its binding holds.
        var grant = resumable
            ? previous!
            : new DirectLineGrant(DirectLineConversations.NewConversationId(), previous?.UserId ?? DirectLineConversations.NewUserId(), default);
        var (token, expiresIn) = await tokens.IssueAsync(grant.ConversationId, grant.UserId, ct);
        return Results.Json(new { token, conversationId = grant.ConversationId, userId = grant.UserId, expires_in = expiresIn, resumed = resumable });
    }

    private sealed record TokenRequest([property: JsonPropertyName("token")] string? Token);
}
