using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Plans;

namespace TaskBot.Data.Configuration;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> task)
    {
        task.ToTable("Tasks");
        task.HasIndex(t => new { t.PlanId, t.Number }).IsUnique();
        // A withdrawn task (撤销) leaves every list, reminder and count; the importer and the editor ask for it.
        task.HasQueryFilter(t => t.WithdrawnAt == null);
        task.Ignore(t => t.Withdrawn);
        task.Property(t => t.WithdrawnBy).HasMaxLength(200);
        task.Property(t => t.WithdrawnReason).HasMaxLength(1000);
        task.Property(t => t.Chapter).HasMaxLength(500);
        task.Ignore(t => t.LeadUnits);
        task.Ignore(t => t.ResponsibleUnits);
        task.Ignore(t => t.AnsweringUnits);
        task.Ignore(t => t.SupportingUnits);
        task.Ignore(t => t.LeadLeaders);
        task.OwnsMany(t => t.Milestones, m =>
        {
            m.ToTable("Milestones");
            m.WithOwner().HasForeignKey("TaskItemId");
            m.Property<int>("Id");
            m.HasKey("Id");
            m.Property(x => x.Text).HasMaxLength(1000);
        });
        task.Navigation(t => t.Milestones).HasField("_milestones");
        task.HasMany(t => t.Leaders).WithOne().HasForeignKey(l => l.TaskItemId).OnDelete(DeleteBehavior.Cascade);
        task.Navigation(t => t.Leaders).HasField("_leaders");
        task.HasMany(t => t.Units).WithOne().HasForeignKey(u => u.TaskItemId).OnDelete(DeleteBehavior.Cascade);
        task.Navigation(t => t.Units).HasField("_units");
    }
}
