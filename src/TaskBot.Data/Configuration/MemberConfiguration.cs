using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.People;

namespace TaskBot.Data.Configuration;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.Property(m => m.ChannelId).HasMaxLength(100);
        member.Property(m => m.UserId).HasMaxLength(400);
        member.Property(m => m.Name).HasMaxLength(200);
        member.HasIndex(m => new { m.ChannelId, m.UserId }).IsUnique();
        member.HasIndex(m => m.UnitId);
        member.Property(m => m.PersonKey).HasMaxLength(40);
        member.Ignore(m => m.Person);
    }
}
