using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Reads the file an attachment points at: from TaskBot's own Direct Line store when it was uploaded there (and only
/// into the conversation it was uploaded to), otherwise from the channel's contentUrl — a Teams file's downloadUrl,
/// the Emulator's attachment — with the bot's token where the URL is the channel's own, never following a redirect,
/// and never from a host the bot may not call.
/// </summary>
public sealed class AttachmentFiles(IDirectLineStore store, HttpClient http, ServiceUrlPolicy policy, IAccessTokenProvider tokens,
    IOptions<BotOptions> options)
{
    public const string TeamsFile = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The attachments of a message that are files (not cards).</summary>
    public static IEnumerable<Attachment> Files(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => Url(a) is not null && a.ContentType?.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal) != true);

    /// <summary>
    /// A message that is only a picture, file or voice the channel does not hand over (钉钉, 企业微信 give a media id
    /// for their own download API): its attachments name the kind, without a URL or content.
    /// </summary>
    public static bool OnlyUnfetched(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Text) && activity.Attachments is { Count: > 0 } all && all.All(a => Url(a) is null && a.Content is null);

    /// <summary>The file, or null when it cannot be reached or is larger than <paramref name="maxBytes"/>.</summary>
    public async Task<DirectLineFile?> ReadAsync(Activity activity, Attachment attachment, int maxBytes, CancellationToken cancellationToken) =>
        (await FetchAsync(activity, attachment, maxBytes, cancellationToken)).File;

    /// <summary>The file; or why not: it is larger than <paramref name="maxBytes"/>, or cannot be reached (no file, no reason).</summary>
    public async Task<AttachmentRead> FetchAsync(Activity activity, Attachment attachment, int maxBytes, CancellationToken cancellationToken)
    {
        if (Url(attachment) is not { } url) return AttachmentRead.Unreachable;
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return Inline(attachment, url, maxBytes);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return AttachmentRead.Unreachable;
        var name = attachment.Name ?? Path.GetFileName(uri.AbsolutePath);
        if (activity.ChannelId == DirectLineChannel.ChannelId)
        {
            var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts is not ["v3", "directline", "conversations", var conversation, "attachments", var file]
                || Uri.UnescapeDataString(conversation) != activity.Conversation?.Id) return AttachmentRead.Unreachable;
            return await store.AttachmentAsync(activity.Conversation.Id!, file, cancellationToken) is not { } stored ? AttachmentRead.Unreachable
                : stored.Content.Length <= maxBytes ? new(stored, false) : AttachmentRead.Oversize;
        }
        if (!MayFetch(uri)) return AttachmentRead.Unreachable;
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (options.Value.AuthenticationEnabled && activity.ServiceUrl is { Length: > 0 } serviceUrl
            && url.StartsWith(serviceUrl.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode) return AttachmentRead.Unreachable;
        if (response.Content.Headers.ContentLength > maxBytes) return AttachmentRead.Oversize;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > maxBytes) return AttachmentRead.Oversize;
            content.Write(buffer, 0, read);
        }
        return new(new DirectLineFile(name, attachment.ContentType ?? "application/octet-stream", content.ToArray()), false);
    }

    // A file sent inline (data:image/png;base64,…), as the Emulator and some channels send small files.
    private static AttachmentRead Inline(Attachment attachment, string url, int maxBytes)
    {
        var comma = url.IndexOf(',');
        if (comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) return AttachmentRead.Unreachable;
        if ((url.Length - comma - 1) / 4 * 3 > maxBytes + 2) return AttachmentRead.Oversize;
        try
        {
            var bytes = Convert.FromBase64String(url[(comma + 1)..]);
            var type = url[5..url.IndexOf(';')];
            return bytes.Length > maxBytes ? AttachmentRead.Oversize
                : new(new DirectLineFile(
                    attachment.Name ?? "file", type.Length > 0 ? type : attachment.ContentType ?? "application/octet-stream", bytes), false);
        }
        catch (FormatException)
        {
            return AttachmentRead.Unreachable;
        }
    }

    // A channel vouched for by a validated token may point anywhere on https; without authentication, only where replies may go.
    private bool MayFetch(Uri uri) =>
        uri.UserInfo.Length == 0 && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && (policy.IsAllowedWithoutToken(uri.GetLeftPart(UriPartial.Path))
            || (options.Value.AuthenticationEnabled && uri.Scheme == Uri.UriSchemeHttps));

    private static string? Url(Attachment a) =>
        a.ContentType == TeamsFile ? a.Content?["downloadUrl"]?.GetValue<string>() : a.ContentUrl;
}
