using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Configuration;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.Property(u => u.Name).HasMaxLength(200);
        unit.HasIndex(u => u.Name).IsUnique();
        unit.HasMany(u => u.Aliases).WithOne().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        unit.Navigation(u => u.Aliases).HasField("_aliases");
    }
}

internal sealed class UnitAliasConfiguration : IEntityTypeConfiguration<UnitAlias>
{
    public void Configure(EntityTypeBuilder<UnitAlias> alias)
    {
        alias.Property(a => a.Name).HasMaxLength(200);
        alias.Property(a => a.Key).HasMaxLength(200);
        alias.Property(a => a.Organisation).HasMaxLength(100);
        alias.HasIndex(a => new { a.Key, a.Organisation }).IsUnique();
    }
}

internal sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> leader)
    {
        leader.Property(l => l.Name).HasMaxLength(100);
        leader.HasIndex(l => l.Name).IsUnique();
    }
}
