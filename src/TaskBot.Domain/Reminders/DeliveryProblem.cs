namespace TaskBot.Domain.Reminders;

/// <summary>Why a reminder did not reach its recipient.</summary>
public enum DeliveryProblem
{
    /// <summary>The channel says the conversation is gone (403/404).</summary>
    Gone,
    /// <summary>The person has no conversation with the bot to write to.</summary>
    NoConversation,
    /// <summary>Sending kept failing after the retries, or was refused.</summary>
    Failed,
}
