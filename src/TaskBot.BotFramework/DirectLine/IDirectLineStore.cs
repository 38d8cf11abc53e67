using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>Direct Line conversations and their transcripts, persisted so that a reloaded page resumes.</summary>
public interface IDirectLineStore
{
    /// <summary>The key that signs Direct Line tokens, created on first use.</summary>
    Task<byte[]> SigningKeyAsync(CancellationToken cancellationToken);

    Task CreateConversationAsync(string conversationId, string userId, CancellationToken cancellationToken);

    Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity, giving it its id unless it has one (a client's post has it from the start); returns its
    /// watermark (increasing within a conversation).
    /// </summary>
    Task<long> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a stored activity's content (updateActivity); false when there is no such activity.</summary>
    Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>How many activities a conversation holds, and their size in bytes.</summary>
    Task<(int Activities, long Bytes)> UsageAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The activities after a watermark, oldest first, each with its watermark.</summary>
    Task<IReadOnlyList<(Activity Activity, long Watermark)>> ActivitiesAsync(string conversationId, long after, CancellationToken cancellationToken);

    /// <summary>Keeps a file a client uploaded; returns its id, random and unique.</summary>
    Task<string> SaveAttachmentAsync(string conversationId, DirectLineFile file, CancellationToken cancellationToken);

    /// <summary>An uploaded file, only from the conversation it was uploaded to; null otherwise.</summary>
    Task<DirectLineFile?> AttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken);
}
