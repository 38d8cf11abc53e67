namespace TaskBot.Data;

/// <summary>
/// A turn's last bookkeeping write, sent in the commit's own round trip (PostgreSQL): the statement, its values, whether
/// it may skip the wait for the disk (when nothing durable was written), and what to do with the rows it wrote. On a kept
/// state (<see cref="Conversations.OneTripTurn"/>) its failure may mean another turn came first: the turn runs again.
/// </summary>
internal sealed record CommitWrite(string Sql, object[] Values, bool MaySkipDiskWait, Action<int> Written, bool OnKeptState = false);
