using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Loop;

namespace TaskBot.Data.Configuration;

internal sealed class CoordinationItemConfiguration : IEntityTypeConfiguration<CoordinationItem>
{
    public void Configure(EntityTypeBuilder<CoordinationItem> item)
    {
        item.Property(i => i.Text).HasMaxLength(1000);
        item.Property(i => i.Answer).HasMaxLength(1000);
        item.Property(i => i.RaisedBy).HasMaxLength(200);
        item.Property(i => i.AnsweredBy).HasMaxLength(200);
        item.Property(i => i.LastAction).HasConversion<string>().HasMaxLength(20);
        item.HasIndex(i => i.ClosedAt);
        item.Ignore(i => i.IsOpen);
    }
}
