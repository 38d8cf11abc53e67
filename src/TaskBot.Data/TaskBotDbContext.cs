using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data;

/// <summary>
/// The application's store. Each provider has a derived context of its own
/// (<see cref="SqliteTaskBotDbContext"/>, <see cref="PostgreSqlTaskBotDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class TaskBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitAlias> UnitAliases => Set<UnitAlias>();
    public DbSet<Leader> Leaders => Set<Leader>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TaskBotDbContext).Assembly);
}
