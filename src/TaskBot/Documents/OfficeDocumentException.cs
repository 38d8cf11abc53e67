namespace TaskBot.Hosting;

/// <summary>A document that cannot be made as asked (no plan, a period with no reports): one line for the office.</summary>
public sealed class OfficeDocumentException(string message) : Exception(message);
