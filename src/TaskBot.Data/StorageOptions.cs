using System.ComponentModel.DataAnnotations;

namespace TaskBot.Data;

/// <summary>Where TaskBot keeps its data. PostgreSQL when a connection string is set; SQLite otherwise.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The PostgreSQL connection string (ConnectionStrings:TaskBot, or Storage:PostgreSql).</summary>
    public string? PostgreSql { get; set; }

    /// <summary>The SQLite database file (relative paths are taken from the content root); created on first run.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/taskbot.db";

    /// <summary>A folder for evidence files (佐证材料); unset: they are kept in the database.</summary>
    public string? Files { get; set; }

    public StorageProvider Provider => string.IsNullOrWhiteSpace(PostgreSql) ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
}
