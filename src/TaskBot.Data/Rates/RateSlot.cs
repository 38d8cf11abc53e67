namespace TaskBot.Data.Rates;

/// <summary>
/// The answer to asking for a send: taken (send after <paramref name="Wait"/>, a slot kept for it) or not (ask again
/// after <paramref name="Wait"/>).
/// </summary>
public readonly record struct RateSlot(bool Taken, TimeSpan Wait);
