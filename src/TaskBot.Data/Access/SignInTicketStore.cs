using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Access;

/// <summary>Makes each dashboard sign-in ticket usable once, across instances and restarts.</summary>
public sealed class SignInTicketStore(TaskBotDbContext db, TimeProvider time)
{
    /// <summary>True the first time a ticket id is used; false ever after.</summary>
    public async Task<bool> UseAsync(string ticketId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        db.Add(new UsedSignInTicketRecord { Id = ticketId, UsedAtMs = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
