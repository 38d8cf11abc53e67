using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Conversations;

internal static class ConversationConfigurations
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ConversationReferenceRecord>(e =>
        {
            e.ToTable("ConversationReferences");
            e.HasIndex(r => new { r.ChannelId, r.ConversationId }).IsUnique();
            e.HasIndex(r => new { r.ChannelId, r.UserId });
            e.Property(r => r.ChannelId).HasMaxLength(100);
            e.Property(r => r.UserId).HasMaxLength(400);
            e.Property(r => r.ConversationId).HasMaxLength(400);
        });
        model.Entity<ProcessedActivityRecord>(e =>
        {
            e.ToTable("ProcessedActivities");
            e.HasKey(r => new { r.ChannelId, r.ConversationId, r.ActivityId });
            e.HasIndex(r => r.ProcessedAt);
            e.Property(r => r.ChannelId).HasMaxLength(100);
            e.Property(r => r.ConversationId).HasMaxLength(400);
            e.Property(r => r.ActivityId).HasMaxLength(400);
        });
        model.Entity<ConversationStateRecord>(e =>
        {
            e.ToTable("ConversationStates");
            e.HasKey(r => new { r.ChannelId, r.ConversationId });
            e.Property(r => r.ChannelId).HasMaxLength(100);
            e.Property(r => r.ConversationId).HasMaxLength(400);
        });
        model.Entity<DirectLineConversationRecord>(e =>
        {
            e.ToTable("DirectLineConversations");
            e.Property(r => r.Id).HasMaxLength(100);
            e.Property(r => r.UserId).HasMaxLength(200);
        });
        model.Entity<DirectLineActivityRecord>(e =>
        {
            e.ToTable("DirectLineActivities");
            e.HasIndex(r => new { r.ConversationId, r.Id });
            e.HasIndex(r => new { r.ConversationId, r.ActivityId }).IsUnique();
            e.HasIndex(r => r.CreatedAt);
            e.Property(r => r.ConversationId).HasMaxLength(100);
            e.Property(r => r.ActivityId).HasMaxLength(200);
        });
        model.Entity<SecretRecord>(e =>
        {
            e.ToTable("Secrets");
            e.HasKey(r => r.Name);
            e.Property(r => r.Name).HasMaxLength(100);
        });
    }
}
