using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Domain.Evidence;
using TaskBot.Tests.Dialogs;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Evidence;

/// <summary>Sending photos and files as a channel does (a URL the bot fetches, or inline data), and opening the links the bot gives.</summary>
public abstract partial class EvidenceTestBase(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    protected static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    protected static readonly byte[] Jpg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 2, 3];

    /// <summary>A message whose attachment the bot fetches from the channel's peer, as Teams and the Emulator send files.</summary>
    protected Activity FileMessage(Chat chat, byte[] content, string name, string? text = null, string contentType = "image/png")
    {
        var path = $"/files/{Guid.NewGuid():N}";
        Peer.Serve(path, http => http.Response.Body.WriteAsync(content).AsTask());
        var message = chat.Message(text);
        message.Attachments = [new Attachment { ContentType = contentType, ContentUrl = Peer.Url + path[1..], Name = name }];
        return message;
    }

    /// <summary>A message carrying its file inline, as a data URL.</summary>
    protected static Activity InlineMessage(Chat chat, byte[] content, string name, string contentType = "image/png")
    {
        var message = chat.Message(null);
        message.Attachments =
            [new Attachment { ContentType = contentType, ContentUrl = $"data:{contentType};base64,{Convert.ToBase64String(content)}", Name = name }];
        return message;
    }

    /// <summary>The download links in a task detail, by file name.</summary>
    protected static IReadOnlyDictionary<string, string> Links(string text) =>
        Link().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => new Uri(m.Groups["url"].Value).PathAndQuery);

    protected async Task<(HttpStatusCode Status, byte[] Content, string? Type)> DownloadAsync(string url)
    {
        using var response = await Bot.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    protected Task<IReadOnlyList<EvidenceFile>> EvidenceAsync() => Bot.WithScopeAsync(sp =>
        Task.FromResult<IReadOnlyList<EvidenceFile>>([.. sp.Db().Set<EvidenceFile>().OrderBy(f => f.Id)]));

    [GeneratedRegex(@"\[(?<name>[^\]]+)\]\((?<url>http[^)\s]+)\)")]
    private static partial Regex Link();
}
