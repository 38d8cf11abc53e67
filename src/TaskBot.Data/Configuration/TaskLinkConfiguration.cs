using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Plans;

namespace TaskBot.Data.Configuration;

internal sealed class TaskLeaderConfiguration : IEntityTypeConfiguration<TaskLeader>
{
    public void Configure(EntityTypeBuilder<TaskLeader> link)
    {
        link.ToTable("TaskLeaders");
        link.HasOne(l => l.Leader).WithMany().HasForeignKey(l => l.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaskUnitConfiguration : IEntityTypeConfiguration<TaskUnit>
{
    public void Configure(EntityTypeBuilder<TaskUnit> link)
    {
        link.ToTable("TaskUnits");
        link.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(u => new { u.UnitId, u.Role });
    }
}
