using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TaskBot.BotFramework.Hosting;

/// <summary>The protocol's ErrorResponse: {"error": {"code", "message"}}, used by /api/messages and Direct Line alike.</summary>
public static class ErrorResponse
{
    public static IResult Json(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
