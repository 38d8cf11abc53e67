using Microsoft.EntityFrameworkCore;
using TaskBot.Data.Access;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

public sealed class PeopleStore(TaskBotDbContext db, CompiledQueries queries, TurnMember turn, ViewerCache viewers) : IPeopleStore
{
    public Task<Member?> FindMemberAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        db.Set<Member>().AsNoTracking().SingleOrDefaultAsync(m => m.ChannelId == channelId && m.UserId == userId, cancellationToken);

    public async Task<Viewer?> FindViewerAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        if (!turn.TryTake(channelId, userId, out var version)) return await queries.Viewer(db, channelId, userId, cancellationToken);
        if (version is null)
        {
            viewers.Forget(channelId, userId);
            return null;
        }
        if (viewers.Find(channelId, userId, version) is { } kept) return kept;
        // Read after the version: at worst newer than it, and then the next turn reads it again.
        var viewer = await queries.Viewer(db, channelId, userId, cancellationToken);
        if (viewer is not null) viewers.Keep(channelId, userId, version, viewer);
        return viewer;
    }

    public async Task<IReadOnlyList<Member>> MembersAsync(CancellationToken cancellationToken) =>
        await db.Set<Member>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);

    public Task<Invitation?> FindInvitationAsync(string code, CancellationToken cancellationToken) =>
        db.Set<Invitation>().SingleOrDefaultAsync(i => i.Code == code, cancellationToken);

    public async Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task BindAsync(Invitation invitation, Member member, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        await db.Set<Member>().Where(m => m.ChannelId == member.ChannelId && m.UserId == member.UserId).ExecuteDeleteAsync(cancellationToken);
        db.Add(member);
        // Only one redemption of a code can succeed: the used-at check is in the UPDATE itself.
        var claimed = await db.Set<Invitation>().Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, invitation.UsedAt), cancellationToken);
        if (claimed != 1)
        {
            db.Entry(member).State = EntityState.Detached;
            throw new InvalidOperationException("the binding code was used at the same moment by someone else");
        }
        db.Entry(invitation).State = EntityState.Unchanged;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task SeenAsync(int memberId, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Set<Member>().TagWith(TurnWrites.Bookkeeping).Where(m => m.Id == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastActiveAt, at), cancellationToken);

    public async Task RemindHereAsync(Member member, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The person's other bindings: those sharing its key, and the first binding, whose key is its own id.
        var person = member.Person;
        int? first = int.TryParse(person.AsSpan("member:".Length), out var id) ? id : null;
        await db.Set<Member>().Where(m => m.Id != member.Id && (m.PersonKey == person || m.Id == first))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RemindHereAt, (DateTimeOffset?)null), cancellationToken);
        await db.Set<Member>().Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.RemindHereAt, at), cancellationToken);
    }

    public async Task<bool> NoteUnitGoLiveAsync(int unitId, DateOnly day, CancellationToken cancellationToken) =>
        await db.Units.Where(u => u.Id == unitId && (u.ReportingStartsOn == null || u.ReportingStartsOn > day))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReportingStartsOn, day), cancellationToken) > 0;

    public async Task<bool> UnbindAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await db.Set<Member>().Where(m => m.ChannelId == channelId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<int> RevokeAsync(IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken) =>
        db.Set<Member>().Where(m => memberIds.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<(string Source, DateTimeOffset At)>> FailedBindingsAsync(
        IReadOnlyList<string> sources, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var after = since.ToUnixTimeMilliseconds();
        var rows = await db.Set<FailedBindingRecord>().AsNoTracking().Where(f => sources.Contains(f.Source) && f.AtMs > after)
            .Select(f => new { f.Source, f.AtMs }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Source, DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs)))];
    }

    public async Task AddFailedBindingAsync(
        IReadOnlyList<string> sources, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        var old = forgetBefore.ToUnixTimeMilliseconds();
        await db.Set<FailedBindingRecord>().Where(f => f.AtMs < old).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(sources.Select(s => new FailedBindingRecord { Source = s, AtMs = at.ToUnixTimeMilliseconds() }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
