using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaskBot.Data;

/// <summary>
/// A SQL read that goes past EF's LINQ pipeline (which takes a FromSql query apart and translates it on every call) but
/// through EF's command execution, so that interceptors, logging and the open transaction apply as to any other.
/// </summary>
internal static class RawQuery
{
    /// <summary>
    /// The query's first row, as <paramref name="read"/> takes it; the query must return one. A command of several
    /// statements reads the result of the one after the first <paramref name="skip"/>.
    /// </summary>
    public static async Task<T> FirstAsync<T>(DbContext db, string sql, object[] values, Func<DbDataReader, T> read,
        CancellationToken cancellationToken, int skip = 0)
    {
        await using var reader = await OpenAsync(db, sql, values, skip, cancellationToken);
        if (!await reader.DbDataReader.ReadAsync(cancellationToken)) throw new InvalidOperationException("the query returned no row");
        return read(reader.DbDataReader);
    }

    /// <summary>Every row of the query (of the statement after the first <paramref name="skip"/>), as <paramref name="read"/> takes each.</summary>
    public static async Task<List<T>> AllAsync<T>(DbContext db, string sql, object[] values, Func<DbDataReader, T> read,
        CancellationToken cancellationToken, int skip = 0)
    {
        await using var reader = await OpenAsync(db, sql, values, skip, cancellationToken);
        var rows = new List<T>();
        while (await reader.DbDataReader.ReadAsync(cancellationToken)) rows.Add(read(reader.DbDataReader));
        return rows;
    }

    /// <summary>A command of several results, each statement's rows as <paramref name="read"/> takes them (NextResultAsync between).</summary>
    public static async Task<T> ReadAsync<T>(DbContext db, string sql, object[] values, Func<DbDataReader, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        await using var reader = await OpenAsync(db, sql, values, 0, cancellationToken);
        return await read(reader.DbDataReader, cancellationToken);
    }

    private static async Task<RelationalDataReader> OpenAsync(DbContext db, string sql, object[] values, int skip,
        CancellationToken cancellationToken)
    {
        var command = Build(db, sql, values);
        var reader = await command.RelationalCommand.ExecuteReaderAsync(Parameters(db, command, CommandSource.FromSqlQuery), cancellationToken);
        try
        {
            for (var i = 0; i < skip; i++) await reader.DbDataReader.NextResultAsync(cancellationToken);
            return reader;
        }
        catch
        {
            await reader.DisposeAsync();
            throw;
        }
    }

    /// <summary>A SQL write as ExecuteSqlRawAsync sends it, but its command built once a context, not each turn; the rows it wrote.</summary>
    public static Task<int> ExecuteAsync(DbContext db, string sql, object[] values, CancellationToken cancellationToken)
    {
        var command = Build(db, sql, values);
        return command.RelationalCommand.ExecuteNonQueryAsync(Parameters(db, command, CommandSource.ExecuteSqlRaw), cancellationToken);
    }

    /// <inheritdoc cref="ExecuteAsync"/>
    public static int Execute(DbContext db, string sql, object[] values)
    {
        var command = Build(db, sql, values);
        return command.RelationalCommand.ExecuteNonQuery(Parameters(db, command, CommandSource.ExecuteSqlRaw));
    }

    private static RawSqlCommand Build(DbContext db, string sql, object[] values) =>
        db is TaskBotDbContext kept ? kept.RawCommands.Build(db, sql, values) : db.GetService<IRawSqlCommandBuilder>().Build(sql, values, db.Model);

    private static RelationalCommandParameterObject Parameters(DbContext db, RawSqlCommand command, CommandSource source) =>
        new(db.GetService<IRelationalConnection>(), command.ParameterValues, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), source);
}
