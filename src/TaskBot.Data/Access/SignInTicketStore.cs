using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Access;

/// <summary>Makes each dashboard sign-in ticket usable once, across instances and restarts.</summary>
public sealed class SignInTicketStore(TaskBotDbContext db, TimeProvider time)
{
    /// <summary>True the first time a ticket id is used; false ever after (or until <paramref name="remember"/> has passed).</summary>
    public async Task<bool> UseAsync(string ticketId, TimeSpan remember, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var forget = now - (long)remember.TotalMilliseconds;
        await db.Set<UsedSignInTicketRecord>().Where(t => t.UsedAtMs < forget).ExecuteDeleteAsync(cancellationToken);
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
