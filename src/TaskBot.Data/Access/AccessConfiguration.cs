using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Access;

internal static class AccessConfiguration
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<FailedBindingRecord>(e =>
        {
            e.ToTable("FailedBindings");
            e.HasIndex(r => new { r.Source, r.AtMs });
            e.Property(r => r.Source).HasMaxLength(600);
        });
        model.Entity<UsedSignInTicketRecord>(e =>
        {
            e.ToTable("UsedSignInTickets");
            e.Property(r => r.Id).HasMaxLength(64);
        });
    }
}
