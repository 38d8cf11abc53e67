using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Loop;

namespace TaskBot.Data.Configuration;

internal sealed class CompletionReviewConfiguration : IEntityTypeConfiguration<CompletionReview>
{
    public void Configure(EntityTypeBuilder<CompletionReview> review)
    {
        review.Property(r => r.ClaimedBy).HasMaxLength(200);
        review.Property(r => r.ReviewedBy).HasMaxLength(200);
        review.Property(r => r.Reason).HasMaxLength(1000);
        review.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        review.HasIndex(r => r.TaskItemId);
    }
}
