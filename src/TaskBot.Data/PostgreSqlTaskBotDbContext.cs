using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

public sealed class PostgreSqlTaskBotDbContext(DbContextOptions<PostgreSqlTaskBotDbContext> options) : TaskBotDbContext(options)
{
    public override string LockStatement(string key1, string key2) => $"SELECT pg_advisory_xact_lock({key1}, {key2});\n";

    public override bool QueriesMayWrite => true;

    // A session lock on a connection kept open: EF's own migration lock is taken per migration's transaction, and
    // instances starting together each applied the first migrations they found missing ("relation … already exists").
    public override async Task<IAsyncDisposable> HoldStartupTurnAsync(CancellationToken cancellationToken)
    {
        await Database.OpenConnectionAsync(cancellationToken);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKeys.Migration}, 0)", cancellationToken);
        return new StartupTurn(this);
    }

    private sealed class StartupTurn(PostgreSqlTaskBotDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKeys.Migration}, 0)");
            await db.Database.CloseConnectionAsync();
        }
    }

    public override bool ImportsInBulk => Import.TaskCopy.Copyable(Model);

    public override Task<Domain.Plans.Plan?> ReadImportAsync(IQueryable<Domain.Plans.Plan> found, IReadOnlyList<Domain.Units.Unit> units,
        IReadOnlyList<Domain.Leaders.Leader> leaders, CancellationToken cancellationToken) =>
        ImportsInBulk ? Import.PlanRead.ReadAsync(this, found, units, leaders, cancellationToken)
            : base.ReadImportAsync(found, units, leaders, cancellationToken);

    public override Task SaveImportAsync(Domain.Plans.Plan plan, Domain.Plans.ImportReport report, NewNames named,
        CancellationToken cancellationToken)
    {
        if (!ImportsInBulk) return base.SaveImportAsync(plan, report, named, cancellationToken);
        // COPY goes past EF's interceptors.
        (Writes.Durable, WriteCount) = (true, WriteCount + 1);
        return Import.TaskCopy.SaveAsync(this, plan, report, named, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // A claim rewrites every row it takes: room left on each page lets PostgreSQL do that without touching the
        // indexes (a heap-only update), which halves what a claim costs it.
        modelBuilder.Entity<Outbox.OutboxRecord>().HasStorageParameter("fillfactor", 50);
        // Instances share send rates here; a single SQLite process keeps them in memory.
        modelBuilder.Entity<Rates.RateSlotRecord>(e =>
        {
            e.ToTable("RateSlots");
            e.Property(r => r.Key).HasMaxLength(600);
            e.HasIndex(r => new { r.Key, r.AtMs });
        });
    }
}
