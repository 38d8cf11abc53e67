namespace TaskBot.BotFramework.Connector;

/// <summary>A Connector call that failed for good (after any retries).</summary>
public class ConnectorException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
