namespace TaskBot.Import;

/// <summary>A column of a decomposition table, whatever the office calls it.</summary>
public enum TableColumn { Number, Text, Leaders, LeadUnits, ResponsibleUnits, Deadline }
