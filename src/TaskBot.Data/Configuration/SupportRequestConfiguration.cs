using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Configuration;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> request)
    {
        request.ToTable("SupportRequests");
        request.Property(r => r.PeriodKey).HasMaxLength(20);
        request.Property(r => r.RequestedBy).HasMaxLength(200);
        request.HasIndex(r => new { r.PeriodKey, r.TaskItemId, r.UnitId, r.RequestedByUnitId }).IsUnique();
    }
}
