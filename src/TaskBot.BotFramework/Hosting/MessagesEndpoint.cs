using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Hosting;

/// <summary>
/// POST /api/messages, as channels expect it: 200 with no body for ordinary activities, the invoke response
/// (501 when none) for invokes, the buffered replies for expectReplies; 400/401/403/413/415 for what cannot be
/// accepted, before anything is stored or sent. With no app id, a caller who may not post is refused before its body is read.
/// </summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, BotAuthenticator authenticator, ActivityProcessor processor, IOptions<BotOptions> options,
        CancellationToken cancellationToken)
    {
        var token = BearerToken.From(http.Request.Headers.Authorization);
        var fromLoopback = ClientAddress.IsLoopback(http);
        if (authenticator.RefuseLocalCaller(token, fromLoopback) is { } refused) return Error(refused.Status, "Unauthorized", refused.Reason!);
        if (!JsonContentType.Is(http.Request.ContentType))
            return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "send the activity as application/json");
        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (body is null)
            return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
                $"activities are limited to {options.Value.MaxActivityBytes} bytes");
        if (!ActivityJson.TryParse(body, out var activity, out var parseError))
            return Error(StatusCodes.Status400BadRequest, "BadArgument", parseError);
        if (ActivityValidation.Problem(activity) is { } problem) return Error(StatusCodes.Status400BadRequest, "BadArgument", problem);

        var auth = await authenticator.AuthenticateAsync(token, activity!, fromLoopback, cancellationToken);
        if (auth.Identity is null) return Error(auth.Status, auth.Status == 401 ? "Unauthorized" : "Forbidden", auth.Reason!);
        if (!auth.Identity.ServiceUrlTrusted)
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "serviceUrl is not loopback and not in Bot:AllowedServiceUrls");

        var turn = await processor.ProcessAsync(activity!, auth.Identity, cancellationToken);
        if (activity!.IsType(ActivityTypes.Invoke))
            return turn.InvokeResponse is { } invoke
                ? Results.Json(invoke.Body, ActivityJson.Options, statusCode: invoke.Status)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        if (turn.BufferReplies) return Results.Json(new { activities = turn.SentActivities }, ActivityJson.Options);
        return Results.Ok();
    }

    private static IResult Error(int status, string code, string message) => ErrorResponse.Json(status, code, message);
}
