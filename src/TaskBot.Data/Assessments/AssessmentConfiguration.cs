using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Behind;
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
        // 哪些任务滞后 reads the rows behind, a fifth of a plan's: found here, not by reading every row.
        row.HasIndex(r => new { r.PlanId, r.TaskItemId }, "IX_TaskAssessments_Behind").HasFilter($"\"Light\" <> {(int)Light.Green}");
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
