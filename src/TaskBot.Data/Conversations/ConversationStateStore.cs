using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Conversations;

/// <summary>
/// The dialog state of each conversation, saved last in a turn: when the turn wrote nothing else but its bookkeeping, the
/// same command tells PostgreSQL not to wait for the disk at commit (<see cref="StorageOptions.AsynchronousDialogSteps"/>).
/// In a turn's transaction on PostgreSQL the write goes with the commit, in its round trip.
/// </summary>
public sealed class ConversationStateStore(TaskBotDbContext db, IOptions<StorageOptions> storage, KeptStates kept,
    ILogger<ConversationStateStore> log)
    : IConversationStateStore
{
    public async Task<StoredState?> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await db.LockAsync(LockKeys.ConversationTurn, LockKeys.OfConversation(channelId, conversationId), cancellationToken);
        var record = await db.ConversationStates.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ChannelId == channelId && s.ConversationId == conversationId, cancellationToken);
        return record is null ? null : new StoredState(record.Json, record.Version);
    }

    public async Task<bool> SaveAsync(string channelId, string conversationId, string json, long? expectedVersion,
        CancellationToken cancellationToken)
    {
        var write = expectedVersion is null
            ? """INSERT INTO "ConversationStates" ("ChannelId", "ConversationId", "Json", "Version") VALUES ({0}, {1}, {2}, {3}) """
                + """ON CONFLICT DO NOTHING"""
            : """UPDATE "ConversationStates" SET "Json" = {2}, "Version" = {3} """
                + """WHERE "ChannelId" = {0} AND "ConversationId" = {1} AND "Version" = {4}""";
        object[] values = [channelId, conversationId, json, (expectedVersion ?? 0) + 1, expectedVersion ?? 0];
        if (db is PostgreSqlTaskBotDbContext && db.Writes.CommitPending)
        {
            var version = (expectedVersion ?? 0) + 1;
            var steps = storage.Value.AsynchronousDialogSteps;
            db.Writes.WithCommit = db.Writes.OnKept is { } onKept
                ? onKept.Commit(json, steps, () => Keep(channelId, conversationId, json, version))
                : new CommitWrite(write, values, steps, rows =>
                {
                    if (Saved(rows)) Keep(channelId, conversationId, json, version);
                });
            return true;
        }
        var sql = $"-- {TurnWrites.Own}\n{NoDiskWait()}" + write;
        return Saved(await RawQuery.ExecuteAsync(db, sql, values, cancellationToken));
    }

    /// <summary>
    /// After the commit: the state, for the conversation's next turn here, unless the turn may have written the writer's
    /// rows (which the next turn would find changed, and run again). A saved report does not stop it.
    /// </summary>
    private void Keep(string channelId, string conversationId, string json, long version)
    {
        if (!db.Writes.WroteWriter && db.Writes.Writer is { } writer)
            kept.Keep(channelId, conversationId, new KeptState(writer.UserId, writer.Member, json, version), db.Writes.AfterStale);
    }

    /// <summary>Whether the state was saved; a conflict is logged here, whether the write went now or with the commit.</summary>
    private bool Saved(int rows)
    {
        if (rows != 1) log.LogWarning("Another turn saved this conversation's state first; this turn's dialog state was not saved");
        return rows == 1;
    }

    private string NoDiskWait()
    {
        if (db is not PostgreSqlTaskBotDbContext || !storage.Value.AsynchronousDialogSteps || db.Database.CurrentTransaction is null
            || db.Writes.Durable) return "";
        db.Writes.SkipsDiskWait = true;
        return AsynchronousCommit.Sql + "\n";
    }
}
