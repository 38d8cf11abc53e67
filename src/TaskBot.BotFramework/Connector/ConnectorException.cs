namespace TaskBot.BotFramework.Connector;

/// <summary>A Connector call that failed for good (after any retries); RetryAfter is what the channel asked for, if anything.</summary>
public class ConnectorException(int status, string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public int Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
