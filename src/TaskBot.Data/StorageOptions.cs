using System.ComponentModel.DataAnnotations;

namespace TaskBot.Data;

/// <summary>Where TaskBot keeps its data. PostgreSQL when a connection string is set; SQLite otherwise.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The PostgreSQL connection string (ConnectionStrings:TaskBot, or Storage:PostgreSql).</summary>
    public string? PostgreSql { get; set; }

    /// <summary>
    /// PostgreSQL: how many of each connection's most used statements Npgsql prepares (its Max Auto Prepare), so a
    /// turn's queries are parsed and planned once per connection, not on every turn. 0 turns it off (a pooler in
    /// transaction mode that cannot keep prepared statements); a Max Auto Prepare in the connection string wins.
    /// </summary>
    [Range(0, 10_000)]
    public int AutoPrepare { get; set; } = 64;

    /// <summary>
    /// PostgreSQL: a turn that writes nothing but its dialog's progress (an answer to one of the report's questions, a
    /// list shown) commits without waiting for the disk; a turn that saves a report, a binding or anything else waits
    /// as always. A crash of PostgreSQL or of its machine may then forget the last fraction of a second of dialog steps
    /// (the conversation is a question or two back), never what was saved. False: every turn waits.
    /// </summary>
    public bool AsynchronousDialogSteps { get; set; } = true;

    /// <summary>The SQLite database file (relative paths are taken from the content root); created on first run.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/taskbot.db";

    /// <summary>A folder for evidence files (佐证材料); unset: they are kept in the database.</summary>
    public string? Files { get; set; }

    public StorageProvider Provider => string.IsNullOrWhiteSpace(PostgreSql) ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
}
