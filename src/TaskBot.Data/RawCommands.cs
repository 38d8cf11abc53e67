using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaskBot.Data;

/// <summary>
/// Raw SQL commands as EF builds them (the text with its parameters' names, their types' mappings), kept by the context
/// that built them. A pooled context serves turn after turn, and building a turn's long bookkeeping command afresh (its
/// text formatted again) was a tenth of what a turn allocated. A command is reused only for values of the same types.
/// </summary>
internal sealed class RawCommands
{
    // Raw SQL takes its values as parameters, so its texts are the code's own few; the bound only guards against misuse.
    private const int MaxKept = 64;
    private readonly Dictionary<string, Built> _built = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Wait, string Write), string> _commits = [];

    /// <summary>A turn's last write sent with its commit (<see cref="CommitWrite"/>): its text, put together once.</summary>
    public string WithCommit(string wait, string write)
    {
        if (_commits.TryGetValue((wait, write), out var sql)) return sql;
        if (_commits.Count >= MaxKept) _commits.Clear();
        return _commits[(wait, write)] = $"-- {TurnWrites.Own}\n{wait}{write};\nCOMMIT";
    }

    public RawSqlCommand Build(DbContext db, string sql, object[] values)
    {
        if (_built.TryGetValue(sql, out var built) && built.Fits(values)) return built.With(values);
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, values, db.Model);
        if (Array.Exists(values, v => v is System.Data.Common.DbParameter)) return command;
        if (_built.Count >= MaxKept) _built.Clear();
        _built[sql] = new Built(command.RelationalCommand, [.. values.Select(v => v?.GetType())], [.. command.ParameterValues.Keys]);
        return command;
    }

    private sealed record Built(IRelationalCommand Command, Type?[] Types, string[] Names)
    {
        public bool Fits(object[] values)
        {
            if (values.Length != Types.Length) return false;
            for (var i = 0; i < values.Length; i++)
                if (values[i]?.GetType() != Types[i]) return false;
            return true;
        }

        public RawSqlCommand With(object[] values)
        {
            var named = new Dictionary<string, object?>(Names.Length, StringComparer.Ordinal);
            for (var i = 0; i < Names.Length; i++) named[Names[i]] = values[i];
            return new RawSqlCommand(Command, named);
        }
    }
}
