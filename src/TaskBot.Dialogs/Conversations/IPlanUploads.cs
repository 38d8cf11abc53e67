using TaskBot.BotFramework.Schema;

namespace TaskBot.Dialogs.Conversations;

/// <summary>Reads a plan file sent in chat and imports it, or only says what importing it would change.</summary>
public interface IPlanUploads
{
    /// <param name="expectedSha256">On confirmation: the file must still be the one summarised.</param>
    Task<PlanUpload> ImportAsync(Activity activity, PlanUploadFile file, bool dryRun, string? expectedSha256, CancellationToken cancellationToken);
}
