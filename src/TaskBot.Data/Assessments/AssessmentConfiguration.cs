using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Plans;

namespace TaskBot.Data.Assessments;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRecord> row)
    {
        row.ToTable("TaskAssessments");
        row.HasKey(r => r.TaskItemId);
        row.HasOne<TaskItem>().WithOne().HasForeignKey<AssessmentRecord>(r => r.TaskItemId).OnDelete(DeleteBehavior.Cascade);
        row.HasIndex(r => new { r.PlanId, r.Light });
        row.Property(r => r.Expected).HasPrecision(6, 2);
        row.Property(r => r.Completion).HasPrecision(6, 2);
        row.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class AssessmentBasisConfiguration : IEntityTypeConfiguration<AssessmentBasisRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentBasisRecord> basis)
    {
        basis.ToTable("AssessmentBases");
        basis.HasKey(b => b.PlanId);
        basis.HasOne<Plan>().WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
