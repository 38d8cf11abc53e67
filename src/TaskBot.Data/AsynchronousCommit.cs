using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

/// <summary>
/// PostgreSQL's asynchronous commit for the open transaction: the commit returns before its WAL reaches the disk.
/// A TaskBot crash loses nothing; a PostgreSQL crash may lose the last fraction of a second of such commits, so it is
/// only for writes whose loss repeats harmless work (an outbox claim or record: a message sent again, as after a
/// lease; a rate slot: a send a little early). SQLite commits as usual.
/// </summary>
internal static class AsynchronousCommit
{
    /// <summary>The statement, for a store that sends it with others in one command (PostgreSQL only).</summary>
    public const string Sql = "SET LOCAL synchronous_commit = off;";

    public static async Task CommitWithoutWaitingForDiskAsync(this TaskBotDbContext db, CancellationToken cancellationToken)
    {
        if (db is PostgreSqlTaskBotDbContext)
            await db.Database.ExecuteSqlRawAsync(Sql, cancellationToken);
    }
}
