using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Loop;

namespace TaskBot.Data.Configuration;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> request)
    {
        request.Property(r => r.RequestedBy).HasMaxLength(200);
        request.Property(r => r.DecidedBy).HasMaxLength(200);
        request.Property(r => r.Reason).HasMaxLength(1000);
        request.Property(r => r.Remark).HasMaxLength(1000);
        request.HasIndex(r => r.TaskItemId);
    }
}
