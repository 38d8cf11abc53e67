using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Plans;

namespace TaskBot.Data.Configuration;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Title).HasMaxLength(400);
        plan.Property(p => p.Source).HasMaxLength(400);
        plan.Property(p => p.Organisation).HasMaxLength(100);
        plan.HasIndex(p => new { p.Title, p.Year }).IsUnique();
        plan.Property(p => p.ListName).HasMaxLength(100);
        plan.Ignore(p => p.Label);
        plan.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.Navigation(p => p.Tasks).HasField("_tasks");
    }
}
