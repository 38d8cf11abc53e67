using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace TaskBot.Data.Import;

/// <summary>
/// Rows of one table in PostgreSQL's binary COPY format, with the columns and conversions the model gives: each
/// property's value read from the entity, or from a function given for it (keys, and links to rows just made).
/// </summary>
internal sealed partial class CopyWriter<T>(IEntityType type, bool keepKey, Func<T, object>? entity = null)
{
    private readonly Dictionary<string, Func<T, object?>> _given = [];

    public string Table => type.GetTableName()!;

    public CopyWriter<T> With(string property, Func<T, object?> value)
    {
        _given[property] = value;
        return this;
    }

    public Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<T> rows, CancellationToken cancellationToken) =>
        WriteAsync(connection, Table, Columns(), rows, cancellationToken);

    /// <summary>
    /// Brings stored rows (found by key) to the values of these: copied into a temporary table, then one UPDATE that
    /// leaves alone every row whose values are already the same, so an unchanged row is not written again.
    /// </summary>
    public async Task UpdateAsync(NpgsqlConnection connection, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var columns = Columns();
        var key = Quote(type.FindPrimaryKey()!.Properties.Single().GetColumnName());
        var values = columns.Select(c => c.Name).Where(n => n != key).ToList();
        var temporary = "import_" + Table;
        await ExecuteAsync(connection, $"CREATE TEMPORARY TABLE {Quote(temporary)} (LIKE {Quote(Table)})", cancellationToken);
        await WriteAsync(connection, temporary, columns, rows, cancellationToken);
        await ExecuteAsync(connection, $"UPDATE {Quote(Table)} AS t SET {string.Join(", ", values.Select(v => $"{v} = s.{v}"))} "
            + $"FROM {Quote(temporary)} AS s WHERE t.{key} = s.{key} "
            + $"AND ({string.Join(", ", values.Select(v => "t." + v))}) IS DISTINCT FROM ({string.Join(", ", values.Select(v => "s." + v))}); "
            + $"DROP TABLE {Quote(temporary)}", cancellationToken);
    }

    private async Task WriteAsync(NpgsqlConnection connection, string table, IReadOnlyList<Column> columns, IReadOnlyList<T> rows,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var writer =
            await connection.BeginBinaryImportAsync($"COPY {Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in columns) await column.Write(writer, row, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    // Worked out once per table, not per value: the model's lookups cost more than the copy itself.
    private List<Column> Columns()
    {
        var properties = type.GetProperties().Where(p => keepKey || !p.IsPrimaryKey()).ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty() && !_given.ContainsKey(p.Name)) is { } unknown)
            throw new InvalidOperationException($"no value for {type.DisplayName()}.{unknown.Name}");
        return [.. properties.Select(p => new Column(Quote(p.GetColumnName()), Writer(p)))];
    }

    // Each value written as its column's provider type (Npgsql's typed write), not as an object Npgsql must inspect.
    private Func<NpgsqlBinaryImporter, T, CancellationToken, Task> Writer(IProperty property)
    {
        var clr = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        var typed = typeof(CopyWriter<T>).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(Nullable.GetUnderlyingType(clr) ?? clr);
        return (Func<NpgsqlBinaryImporter, T, CancellationToken, Task>)typed.Invoke(null, [ValueOf(property), StoreType(property)])!;
    }

    private static Func<NpgsqlBinaryImporter, T, CancellationToken, Task> Typed<TValue>(Func<T, object?> value, string storeType) =>
        (writer, row, cancellationToken) => value(row) is TValue typed
            ? writer.WriteAsync(typed, storeType, cancellationToken)
            : writer.WriteNullAsync(cancellationToken);

    private Func<T, object?> ValueOf(IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var read = _given.GetValueOrDefault(property.Name) ?? Read(property.GetGetter());
        return converter is null ? read : row => read(row) is { } value ? converter.ConvertToProvider(value) : null;
    }

    private Func<T, object?> Read(IClrPropertyGetter getter) => row => getter.GetClrValue(entity is null ? row! : entity(row));

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string name) => $"\"{name}\"";

    // "character varying(20)" and "numeric(6,2)" name their type without the size.
    private static string StoreType(IProperty property) => Size().Replace(property.GetColumnType(), "");

    [GeneratedRegex(@"\(.*\)$")]
    private static partial Regex Size();

    private sealed record Column(string Name, Func<NpgsqlBinaryImporter, T, CancellationToken, Task> Write);
}
