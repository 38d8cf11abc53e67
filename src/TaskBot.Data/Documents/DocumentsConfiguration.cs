using Microsoft.EntityFrameworkCore;
using TaskBot.Data.Conversations;

namespace TaskBot.Data.Documents;

internal static class DocumentsConfiguration
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<BulletinIssueRecord>(e =>
        {
            e.ToTable("BulletinIssues");
            e.HasIndex(r => new { r.PlanId, r.PeriodKey }).IsUnique();
            e.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
            e.Property(r => r.PeriodKey).HasMaxLength(40);
        });
        model.Entity<DirectLineAttachmentRecord>(e =>
        {
            e.ToTable("DirectLineAttachments");
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.ConversationId).HasMaxLength(100);
            e.Property(r => r.Name).HasMaxLength(260);
            e.Property(r => r.ContentType).HasMaxLength(200);
            e.HasIndex(r => r.ConversationId);
            e.HasIndex(r => r.CreatedAt);
        });
    }
}
