using TaskBot.BotFramework.Turns;

namespace TaskBot.Data;

/// <summary>
/// What the open transaction has written: only a turn's own bookkeeping (the activity's mark, the conversation's
/// reference and dialog state, the member's last activity), or something durable too — a report, a binding, anything a
/// person was told is saved. Only the former may commit without waiting for the disk (see <see cref="StorageOptions.AsynchronousDialogSteps"/>).
/// </summary>
public sealed class TurnWrites
{
    /// <summary>Begins a command (an EF tag or a comment) that writes only a turn's bookkeeping.</summary>
    public const string Bookkeeping = "turn bookkeeping";

    /// <summary>Begins a turn's own statements (its mark, reference and state): bookkeeping that does not count as <see cref="Wrote"/>.</summary>
    internal const string Own = Bookkeeping + ", the turn's own";

    /// <summary>Something beyond bookkeeping was written since the transaction began.</summary>
    public bool Durable { get; internal set; }

    /// <summary>The transaction was told to commit without waiting for the disk.</summary>
    public bool SkipsDiskWait { get; internal set; }

    /// <summary>
    /// Something was written beyond the turn's own statements that may be the writer's rows (member, unit, leader), whose
    /// version a kept state carries: the member's last activity, a binding, an import. A report is not.
    /// </summary>
    internal bool WroteWriter { get; set; }

    /// <summary>Who writes in the turn, and the version of their rows, when the turn began (PostgreSQL).</summary>
    internal (string UserId, string? Member)? Writer { get; set; }

    /// <summary>The turn runs again because the state kept here was stale: another instance answered the conversation.</summary>
    internal bool AfterStale { get; set; }

    /// <summary>The turn runs on a kept state, not yet checked (see <see cref="Conversations.OneTripTurn"/>).</summary>
    internal Conversations.OneTripTurn? OnKept { get; set; }

    /// <summary>The turn on a kept state whose hold went in the read being sent (<see cref="Conversations.OneTripTurn.Fold"/>).</summary>
    internal Conversations.OneTripTurn? Folded { get; set; }

    /// <summary>This process's gate of the turn's conversation, left when the transaction ends
    /// (see <see cref="Conversations.ConversationGates"/>).</summary>
    internal IDisposable? Gate { get; set; }

    /// <summary>The transaction is the outermost, begun by <see cref="StoreTransaction"/>, and its commit is still to come.</summary>
    internal bool CommitPending { get; set; }

    /// <summary>A write that waits for the commit, to go in its round trip (see <see cref="StoreTransaction"/>).</summary>
    internal CommitWrite? WithCommit { get; set; }

    /// <summary>Durable writes put off to the transaction's next command, the commit's when none comes before (see <see cref="AtCommit"/>).</summary>
    internal DeferredWrites Deferred { get; } = new();

    internal void Reset()
    {
        (Durable, SkipsDiskWait, CommitPending, WithCommit) = (false, false, false, null);
        (WroteWriter, Writer, OnKept, Folded, AfterStale) = (false, null, null, null, false);
        Deferred.Clear();
        LeaveGate();
    }

    /// <summary>The turn ran on a stale kept state: it ends, handing this process's gate of the conversation to its rerun.</summary>
    internal StaleTurnException Stale(Exception? inner = null)
    {
        var stale = new StaleTurnException(inner) { Gate = Gate };
        (Gate, OnKept, Folded) = (null, null, null);
        return stale;
    }

    internal void LeaveGate()
    {
        Gate?.Dispose();
        Gate = null;
    }
}
