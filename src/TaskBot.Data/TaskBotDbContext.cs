using Microsoft.EntityFrameworkCore;
using TaskBot.Data.Conversations;
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

    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();
    public DbSet<ProcessedActivityRecord> ProcessedActivities => Set<ProcessedActivityRecord>();
    public DbSet<ConversationStateRecord> ConversationStates => Set<ConversationStateRecord>();
    public DbSet<DirectLineConversationRecord> DirectLineConversations => Set<DirectLineConversationRecord>();
    public DbSet<DirectLineActivityRecord> DirectLineActivities => Set<DirectLineActivityRecord>();
    public DbSet<SecretRecord> Secrets => Set<SecretRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TaskBotDbContext).Assembly);
        ConversationConfigurations.Configure(modelBuilder);
        Access.AccessConfiguration.Configure(modelBuilder);
    }
}
