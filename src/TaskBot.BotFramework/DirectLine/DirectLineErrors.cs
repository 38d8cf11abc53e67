using Microsoft.AspNetCore.Http;
using TaskBot.BotFramework.Hosting;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>Direct Line's ErrorResponse shape; Web Chat reads 403 as an expired token and 404 as an ended conversation.</summary>
internal static class DirectLineErrors
{
    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "the token is missing, invalid, expired or for another conversation");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult NotFound(string id) => Error(StatusCodes.Status404NotFound, "BadArgument", $"conversation {id} does not exist");

    public static IResult ConversationFull(DirectLineOptions options) => Error(StatusCodes.Status409Conflict, "ConversationFull",
        $"this conversation holds its limit of {options.MaxActivitiesPerConversation} activities or {options.MaxBytesPerConversation} bytes; "
            + "start a new conversation");

    public static IResult Error(int status, string code, string message) => ErrorResponse.Json(status, code, message);
}
