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

    public CopyWriter<T> With(string property, Func<T, object?> value)
    {
        _given[property] = value;
        return this;
    }

    public async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var properties = type.GetProperties().Where(p => keepKey || !p.IsPrimaryKey()).ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty() && !_given.ContainsKey(p.Name)) is { } unknown)
            throw new InvalidOperationException($"no value for {type.DisplayName()}.{unknown.Name}");
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{type.GetTableName()}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var property in properties)
            {
                var value = _given.TryGetValue(property.Name, out var given) ? given(row) : property.GetGetter().GetClrValue(entity is null ? row! : entity(row));
                if (value is null) await writer.WriteNullAsync(cancellationToken);
                else await writer.WriteAsync(property.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value, StoreType(property), cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }

    // "character varying(20)" and "numeric(6,2)" name their type without the size.
    private static string StoreType(IProperty property) => Size().Replace(property.GetColumnType(), "");

    [GeneratedRegex(@"\(.*\)$")]
    private static partial Regex Size();
}
