using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Hosting;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>
/// Files sent in Web Chat: `POST …/conversations/{id}/upload` takes multipart parts named "file" (and optionally an
/// "activity" part) and posts one message whose attachments point at the stored files; `GET …/attachments/{file}`
/// serves a stored file back, to a holder of that conversation's token only.
/// </summary>
public static class DirectLineUploads
{
    public const string ActivityPart = "activity";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/conversations/{id}/upload", UploadAsync).DisableAntiforgery();
        api.MapGet("/conversations/{id}/attachments/{file}", DownloadAsync);
    }

    /// <summary>Where a stored file is served; the bot reads it through the store, not this address.</summary>
    public static string Path(string conversationId, string fileId) =>
        $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/attachments/{fileId}";

    private static async Task<IResult> UploadAsync(
        string id, HttpContext http, DirectLineTokens tokens, IDirectLineStore store, DirectLineConversations conversations,
        IOptions<DirectLineOptions> options, ILoggerFactory logs, CancellationToken ct)
    {
        if (await DirectLineEndpoints.GrantAsync(http, tokens, id, ct) is not { } grant) return DirectLineErrors.TokenExpired();
        if (!await store.ConversationExistsAsync(id, ct)) return DirectLineErrors.NotFound(id);
        var o = options.Value;
        if (!http.Request.HasFormContentType)
            return DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "send the files as multipart/form-data");
        if (http.Request.ContentLength > o.MaxUploadBytes + 64 * 1024) return TooBig(o);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(
                new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = o.MaxUploadBytes + 64 * 1024 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return TooBig(o);
        }
        var files = form.Files.Where(f => f.Name != ActivityPart).ToList();
        if (files.Count == 0) return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "no file in the upload");
        if (files.Sum(f => f.Length) > o.MaxUploadBytes) return TooBig(o);
        if (files.FirstOrDefault(f =>
                !o.UploadExtensions.Contains(System.IO.Path.GetExtension(f.FileName), StringComparer.OrdinalIgnoreCase)) is { } refused)
            return DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument",
                $"files of this type are not taken ({System.IO.Path.GetExtension(refused.FileName)}); "
                    + $"allowed: {string.Join(" ", o.UploadExtensions)}");
        var activity = await ActivityAsync(form) ?? Activity.CreateMessage();
        if (activity.Type is not { Length: > 0 }) activity.Type = ActivityTypes.Message;
        if (await conversations.IsFullAsync(id, (int)files.Sum(f => f.Length), ct)) return DirectLineErrors.ConversationFull(o);
        activity.Attachments = [];
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, ct);
            var name = System.IO.Path.GetFileName(file.FileName);
            var type = file.ContentType is { Length: > 0 and <= 200 } t ? t : "application/octet-stream";
            var fileId = await store.SaveAttachmentAsync(id, new DirectLineFile(name, type, content.ToArray()), ct);
            var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Path(id, fileId)}";
            activity.Attachments.Add(new Attachment { ContentType = type, Name = name, ContentUrl = url });
        }
        try
        {
            return Results.Json(
                new ResourceResponse { Id = await conversations.PostAsync(grant, activity, http.Connection.RemoteIpAddress?.ToString(), ct) },
                ActivityJson.Options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.CreateLogger(typeof(DirectLineUploads)).LogError(e, "The bot failed on an upload in Direct Line conversation {ConversationId}", id);
            return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "the bot failed to process the activity");
        }
    }

    private static async Task<IResult> DownloadAsync(string id, string file, string? t, HttpContext http, DirectLineTokens tokens,
        IDirectLineStore store, CancellationToken ct)
    {
        var grant = await DirectLineEndpoints.GrantAsync(http, tokens, id, ct)
            ?? (await tokens.ValidateAsync(t, ct) is { } g && g.ConversationId == id ? g : null);
        if (grant is null) return DirectLineErrors.TokenExpired();
        if (await store.AttachmentAsync(id, file, ct) is not { } stored) return DirectLineErrors.NotFound(file);
        return Results.File(stored.Content, stored.ContentType, stored.Name);
    }

    /// <summary>The "activity" part Web Chat sends with the files (its text, channel data), when there is one.</summary>
    private static async Task<Activity?> ActivityAsync(IFormCollection form)
    {
        string? json = form.Files.GetFile(ActivityPart) is { } part ? await new StreamReader(part.OpenReadStream()).ReadToEndAsync()
            : form.TryGetValue(ActivityPart, out var value) ? value.ToString() : null;
        if (json is null || !ActivityJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out var activity, out _)) return null;
        return activity;
    }

    private static IResult TooBig(DirectLineOptions o) =>
        DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"the upload is larger than {o.MaxUploadBytes} bytes");
}
