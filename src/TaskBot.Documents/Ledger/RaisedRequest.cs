using TaskBot.Domain.Loop;
using TaskBot.Domain.Periods;

namespace TaskBot.Documents.Ledger;

/// <summary>A 需协调事项 a unit sent on its own, not in a report, and the reporting period it was raised in.</summary>
public sealed record RaisedRequest(CoordinationItem Item, Period Period);
