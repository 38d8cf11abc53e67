using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskBot.Data;

/// <summary>
/// Notes on each context's <see cref="TurnWrites"/> every command that may write something beyond a turn's bookkeeping:
/// anything but a plain SELECT, and a SELECT that modifies data (PostgreSQL's WITH … INSERT), unless it is marked as
/// bookkeeping. When in doubt a command counts as durable: the cost of a mistake that way is one wait for the disk.
/// </summary>
internal sealed partial class TurnWriteInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Note(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is TaskBotDbContext { Writes.Durable: false } db && MayWriteDurably(command.CommandText)) db.Writes.Durable = true;
    }

    internal static bool MayWriteDurably(string sql) =>
        !sql.StartsWith("-- " + TurnWrites.Bookkeeping, StringComparison.Ordinal) && (!PlainSelect().IsMatch(sql) || Modifies().IsMatch(sql));

    [GeneratedRegex(@"^\s*(--[^\n]*\n\s*)*SELECT\b")]
    private static partial Regex PlainSelect();

    // EF and TaskBot write SQL keywords in capitals and quote identifiers, so "UpdatedAt" is not UPDATE.
    [GeneratedRegex(@"\b(INSERT|UPDATE|DELETE|MERGE|COPY)\b")]
    private static partial Regex Modifies();
}
