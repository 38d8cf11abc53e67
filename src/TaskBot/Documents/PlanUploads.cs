using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Conversations;
using TaskBot.Documents;
using TaskBot.Import;
using TaskBot.Plans;

namespace TaskBot.Hosting;

/// <summary>A plan file sent in chat, read like `import FILE` reads one: the same parsers, the same importer, the same summary.</summary>
public sealed class PlanUploads(AttachmentFiles files, PlanFileImporter importer, IOptions<DocumentOptions> options, ILogger<PlanUploads> log)
    : IPlanUploads
{
    public async Task<PlanUpload> ImportAsync(Activity activity, PlanUploadFile file, bool dryRun, string? expectedSha256,
        CancellationToken cancellationToken)
    {
        var attachment = new Attachment
        {
            ContentUrl = file.Url, Name = file.Name, ContentType = file.ContentType == AttachmentFiles.TeamsFile ? null : file.ContentType,
        };
        var read = await files.ReadAsync(activity, attachment, options.Value.MaxUploadBytes, cancellationToken);
        if (read is null)
            return new(null, null, $"the file could not be fetched, or it is larger than {options.Value.MaxUploadBytes / 1024 / 1024} MB", "");
        var sha = Convert.ToHexString(SHA256.HashData(read.Content));
        if (expectedSha256 is not null && sha != expectedSha256)
            return new(null, null, "the file changed since it was summarised; send it again", sha);
        try
        {
            var (draft, sheet) = PlanDocument.Parse(read.Content, file.Name.Length > 0 ? file.Name : read.Name);
            var report = await importer.ImportUploadAsync(draft, cancellationToken, dryRun);
            return new(report, sheet, null, sha, MovedFrom: report.PlanYear != draft.Year ? draft.Year : null);
        }
        catch (PlanFormatException e)
        {
            log.LogInformation("A plan file sent in chat was not read: {Problem}", e.Message);
            return new(null, null, e.Message, sha, e.Misnumbered);
        }
    }
}
