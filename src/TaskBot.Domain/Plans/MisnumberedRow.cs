namespace TaskBot.Domain.Plans;

/// <summary>A table row whose 序号 is not the one its place calls for: where it is, what it should say, what it says.</summary>
public sealed record MisnumberedRow(RowOrigin Row, int Expected, string Found);
