using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.People;

namespace TaskBot.Data.Configuration;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.Property(i => i.Code).HasMaxLength(32);
        invitation.HasIndex(i => i.Code).IsUnique();
        invitation.Property(i => i.PersonKey).HasMaxLength(40);
    }
}
