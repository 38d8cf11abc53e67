using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Evidence;

namespace TaskBot.Data.Evidence;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<EvidenceFile>, IEntityTypeConfiguration<EvidenceContentRecord>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> file)
    {
        file.ToTable("EvidenceFiles");
        file.Property(f => f.FileName).HasMaxLength(260);
        file.Property(f => f.Type).HasConversion<string>().HasMaxLength(10);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.Property(f => f.ReceivedBy).HasMaxLength(200);
        file.HasIndex(f => f.TaskItemId);
        file.HasIndex(f => f.ReportId);
    }

    public void Configure(EntityTypeBuilder<EvidenceContentRecord> content)
    {
        content.ToTable("EvidenceContents");
        content.HasKey(c => c.EvidenceFileId);
        content.Property(c => c.EvidenceFileId).ValueGeneratedNever();
        content.Property(c => c.StoredName).HasMaxLength(100);
        content.HasOne<EvidenceFile>().WithOne().HasForeignKey<EvidenceContentRecord>(c => c.EvidenceFileId).OnDelete(DeleteBehavior.Cascade);
    }
}
