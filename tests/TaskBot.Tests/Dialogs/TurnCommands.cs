using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// Counts the database round trips of each turn posted to /api/messages: every command, savepoint and commit run on the
/// request's own flow (background work is not counted), with the commands' text for a failing test to show.
/// </summary>
public sealed class TurnCommands : DbCommandInterceptor, IDbTransactionInterceptor, IStartupFilter
{
    private readonly AsyncLocal<List<string>?> _current = new();

    /// <summary>What the last turn sent to the database, in order.</summary>
    public IReadOnlyList<string> Last { get; private set; } = [];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, following) =>
        {
            if (http.Request.Path != "/api/messages") { await following(); return; }
            var commands = new List<string>();
            _current.Value = commands;
            await following();
            Last = commands;
        });
        next(app);
    };

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result) =>
        Note(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Note(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Note(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Note(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Note(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Note(command, result));

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Note("COMMIT", result);

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Note("COMMIT", result));

    public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Note("SAVEPOINT", result));

    public ValueTask<InterceptionResult> ReleasingSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Note("RELEASE SAVEPOINT", result));

    private T Note<T>(DbCommand command, T result) => Note(command.CommandText, result);

    private T Note<T>(string text, T result)
    {
        if (_current.Value is { } commands) lock (commands) commands.Add(text);
        return result;
    }
}
