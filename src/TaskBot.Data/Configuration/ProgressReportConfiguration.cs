using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Reports;

namespace TaskBot.Data.Configuration;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> report)
    {
        report.Property(r => r.PeriodKey).HasMaxLength(20);
        report.Property(r => r.CurrentValue).HasMaxLength(100);
        report.Property(r => r.ReportedBy).HasMaxLength(200);
        report.Property(r => r.Completion).HasPrecision(6, 2);
        report.HasIndex(r => new { r.TaskItemId, r.UnitId, r.PeriodKey });
        report.HasIndex(r => new { r.TaskItemId, r.UnitId }).HasFilter("\"IsLatest\"").HasDatabaseName("IX_ProgressReport_Latest");
        report.Ignore(r => r.Content);
    }
}
