using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Platforms;

internal static class PlatformsConfiguration
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<PlatformDayCountRecord>(e =>
        {
            e.ToTable("PlatformDayCounts");
            e.HasKey(r => new { r.Channel, r.Day });
            e.Property(r => r.Channel).HasMaxLength(40);
            e.Property(r => r.Day).HasMaxLength(10);
        });
        model.Entity<ReplyAddressRecord>(e =>
        {
            e.ToTable("ReplyAddresses");
            e.HasKey(r => new { r.ChannelId, r.ConversationId });
            e.Property(r => r.ChannelId).HasMaxLength(40);
            e.Property(r => r.ConversationId).HasMaxLength(200);
            e.Property(r => r.Address).HasMaxLength(1000);
            e.HasIndex(r => r.ExpiresAtMs);
        });
    }
}
