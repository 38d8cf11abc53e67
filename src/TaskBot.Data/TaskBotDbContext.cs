using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TaskBot.Data.Conversations;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data;

/// <summary>
/// The application's store. Each provider has a derived context of its own
/// (<see cref="SqliteTaskBotDbContext"/>, <see cref="PostgreSqlTaskBotDbContext"/>) so that each keeps its own migrations,
/// and each says how it does what the providers do differently.
/// </summary>
public abstract class TaskBotDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitAlias> UnitAliases => Set<UnitAlias>();
    public DbSet<Leader> Leaders => Set<Leader>();

    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();
    public DbSet<ProcessedActivityRecord> ProcessedActivities => Set<ProcessedActivityRecord>();
    public DbSet<ConversationStateRecord> ConversationStates => Set<ConversationStateRecord>();
    public DbSet<DirectLineConversationRecord> DirectLineConversations => Set<DirectLineConversationRecord>();
    public DbSet<DirectLineActivityRecord> DirectLineActivities => Set<DirectLineActivityRecord>();
    public DbSet<SecretRecord> Secrets => Set<SecretRecord>();

    /// <summary>The keys that protect sign-in links and cookies, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>What the open transaction has written (a turn's bookkeeping only, or something durable).</summary>
    public TurnWrites Writes { get; } = new();

    /// <summary>How many commands that may write this context has run (see <see cref="TurnWriteInterceptor"/>):
    /// what was read before is stale when it moved.</summary>
    internal int WriteCount { get; set; }

    /// <summary>The raw commands this context has built, for <see cref="RawQuery"/> (a pooled context outlives its turn).</summary>
    internal RawCommands RawCommands { get; } = new();

    /// <summary>
    /// Holds off other writers of the same key until the current transaction ends, across instances too; writers of
    /// other keys go on where the store allows it.
    /// </summary>
    public async Task LockAsync(int key1, int key2, CancellationToken cancellationToken)
    {
        if (Holds(key1, key2)) return;
        var statement = LockStatement("{0}", "{1}");
        if (statement.Length > 0) await Database.ExecuteSqlRawAsync(statement, [key1, key2], cancellationToken);
        Held(key1, key2);
    }

    /// <summary>
    /// The statement that takes <see cref="LockAsync"/>'s lock on the keys these placeholders name ("{3}"), to go first
    /// in a command of several (then call <see cref="Held"/>); empty where writers take turns anyway (SQLite's
    /// transactions begin IMMEDIATE, taking its only write lock).
    /// </summary>
    public virtual string LockStatement(string key1, string key2) => "";

    // The locks taken in the open transaction: taking one again (a report's, then its assessment's) costs nothing.
    private (Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction Transaction, HashSet<(int, int)> Keys)? _held;

    private bool Holds(int key1, int key2) =>
        _held is { } held && held.Transaction == Database.CurrentTransaction && held.Keys.Contains((key1, key2));

    /// <summary>Savepoints set in commands of this context (see <see cref="StoreTransaction"/>), for their names.</summary>
    internal int Savepoints { get; set; }

    /// <summary>A rollback to a savepoint also gives back the advisory locks taken after it: none is taken as held any longer.</summary>
    internal void LocksRolledBack() => _held = null;

    /// <summary>Notes a lock taken by a command of the open transaction, which lasts until the transaction ends.</summary>
    public void Held(int key1, int key2)
    {
        if (Database.CurrentTransaction is not { } transaction) return;
        if (_held?.Transaction != transaction) _held = (transaction, []);
        _held.Value.Keys.Add((key1, key2));
    }

    /// <summary>Whether one query may also write (PostgreSQL's data-modifying WITH), so a turn's first writes and reads share a round trip.</summary>
    public virtual bool QueriesMayWrite => false;

    /// <summary>Waits until this context may begin a writing transaction; dispose the result when it has ended.</summary>
    public virtual Task<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    /// <summary>Whether <see cref="SaveImportAsync"/> writes the plan itself, so an import reads it untracked.</summary>
    public virtual bool ImportsInBulk => false;

    /// <summary>
    /// The plan an import compares with its document (the first <paramref name="found"/>), with every task, withdrawn
    /// ones too, and their links to these units and leaders.
    /// </summary>
    public virtual Task<Plan?> ReadImportAsync(IQueryable<Plan> found, IReadOnlyList<Unit> units, IReadOnlyList<Leader> leaders,
        CancellationToken cancellationToken) => found.WithTasks().FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Saves an import's changes to the plan (what changed is in the report) and the units and leaders it named for the
    /// first time; a store with a bulk path writes them with it.
    /// </summary>
    public virtual Task SaveImportAsync(Plan plan, ImportReport report, NewNames named, CancellationToken cancellationToken)
    {
        AddRange(named.Units);
        AddRange(named.Leaders);
        return SaveChangesAsync(cancellationToken);
    }

    /// <summary>Brings the schema up to date.</summary>
    public virtual Task MigrateAsync(CancellationToken cancellationToken) => Database.MigrateAsync(cancellationToken);

    /// <summary>
    /// Held while one process brings the database up to date, so that instances starting together (a first start, an
    /// upgrade) take turns; a store that only one process uses needs none.
    /// </summary>
    public virtual Task<IAsyncDisposable> HoldStartupTurnAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoTurn.Instance);

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly NoTurn Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TaskBotDbContext).Assembly);
        ConversationConfigurations.Configure(modelBuilder);
        Access.AccessConfiguration.Configure(modelBuilder);
        Documents.DocumentsConfiguration.Configure(modelBuilder);
        Platforms.PlatformsConfiguration.Configure(modelBuilder);
    }
}
