namespace TaskBot.Documents;

/// <summary>What a file holds, by its first bytes.</summary>
public enum DocumentKind { Text, Word, Workbook }
