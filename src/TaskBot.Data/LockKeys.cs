using System.Text;

namespace TaskBot.Data;

/// <summary>The first halves of the lock keys of <see cref="TaskBotDbContext.LockAsync"/> that name a thing by text, and that text's half.</summary>
internal static class LockKeys
{
    public const int SendRates = 0x72617465;
    public const int DirectLineConversation = 0x646c6376;
    public const int Assessment = 0x61737365;
    public const int ConversationTurn = 0x7475726e;
    public const int Migration = 0x6d696772;

    /// <summary>The second half of a conversation's turn lock.</summary>
    public static int OfConversation(string channelId, string conversationId) => Of(channelId + " " + conversationId);

    /// <summary>A hash of the text that every instance computes alike (FNV-1a; string.GetHashCode differs per process).</summary>
    public static int Of(string text)
    {
        var hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619;
        return unchecked((int)hash);
    }
}
