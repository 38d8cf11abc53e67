namespace TaskBot.Import;

/// <summary>A column of a decomposition table, whatever the office calls it; Chapter is the 类别/板块 a task stands under.</summary>
public enum TableColumn { Number, Text, Leaders, LeadUnits, ResponsibleUnits, Deadline, Chapter }
