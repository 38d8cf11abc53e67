using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskBot.Benchmarks;

/// <summary>
/// Counts the write transactions TaskBot commits: explicit transactions, and writes that ran on their own
/// (autocommit). Reads outside a transaction are not counted: they cost no WAL flush. Also counts every command,
/// so that commands and commits together give the round trips, a figure that load does not distort. A command that ends
/// in COMMIT (a turn's last write sent with its commit) is one round trip and one commit. Savepoints (set, released,
/// rolled back to) and rollbacks are round trips of their own.
/// </summary>
public sealed class CommitCounter : DbTransactionInterceptor, IDbCommandInterceptor
{
    private long _commits;
    private long _commands;
    private long _commitsInCommands;
    private long _others;

    public long Commits => Interlocked.Read(ref _commits) + Interlocked.Read(ref _commitsInCommands);

    public long RoundTrips => Interlocked.Read(ref _commands) + Interlocked.Read(ref _commits) + Interlocked.Read(ref _others);

    public override Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        CancellationToken cancellationToken = default) =>
        Other();

    public override Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        CancellationToken cancellationToken = default) =>
        Other();

    public override Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        CancellationToken cancellationToken = default) =>
        Other();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) =>
        Other();

    private Task Other()
    {
        Interlocked.Increment(ref _others);
        return Task.CompletedTask;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        CountAutocommit(command);
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _commits);

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        CountAutocommit(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        CountAutocommit(command);
        return ValueTask.FromResult(result);
    }

    private void CountAutocommit(DbCommand command)
    {
        Interlocked.Increment(ref _commands);
        if (command.Transaction is not null)
        {
            if (command.CommandText.EndsWith("\nCOMMIT", StringComparison.Ordinal)) Interlocked.Increment(ref _commitsInCommands);
            return;
        }
        var text = command.CommandText.TrimStart();
        if (new[] { "INSERT", "UPDATE", "DELETE", "MERGE" }.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            Interlocked.Increment(ref _commits);
    }
}
