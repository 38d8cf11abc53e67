namespace TaskBot.BotFramework.Connector;

/// <summary>403 or 404 from the Connector: the bot was removed, blocked, or the conversation no longer exists. Do not retry.</summary>
public sealed class ConversationGoneException(int status, string message) : ConnectorException(status, message);
