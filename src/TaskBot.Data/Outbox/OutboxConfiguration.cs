using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TaskBot.Data.Outbox;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> e)
    {
        e.ToTable("Outbox");
        e.Ignore(r => r.PayloadUtf8);
        e.Property(r => r.Payload).UsePropertyAccessMode(PropertyAccessMode.Property);
        e.HasIndex(r => new { r.Kind, r.Occasion, r.Subject, r.Recipient }).IsUnique();
        e.HasIndex(r => r.Id).HasFilter("\"Status\" = 0").HasDatabaseName("IX_Outbox_Pending");
        // What a claim asks of each candidate: is another message to its destination in flight?
        e.HasIndex(r => r.Destination).HasFilter("\"Status\" = 0").HasDatabaseName("IX_Outbox_Destination_Pending");
        e.Property(r => r.Kind).HasMaxLength(40);
        e.Property(r => r.Occasion).HasMaxLength(100);
        e.Property(r => r.Subject).HasMaxLength(100);
        e.Property(r => r.Recipient).HasMaxLength(100);
        e.Property(r => r.Destination).HasMaxLength(600);
        e.Property(r => r.ClaimedBy).HasMaxLength(100);
    }
}
