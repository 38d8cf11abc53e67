using TaskBot.BotFramework.Turns;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs;

/// <summary>
/// Finds who is writing: the member bound to this channel user, with their unit or leader; notes the channel as the one
/// they last used (where their reminders go when they are bound on several), at most once a minute.
/// </summary>
public sealed class IdentityMiddleware(IPeopleStore people, TimeProvider time) : ITurnMiddleware
{
    // "Last active" is read by the office in days and hours: a write per turn would buy nothing.
    private static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);

    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        if (!turn.AlreadyHandled && a.From?.Id is { Length: > 0 } userId
            && await people.FindViewerAsync(a.ChannelId!, userId, cancellationToken) is { } viewer)
        {
            turn.Items[typeof(Viewer)] = viewer;
            var (member, now) = (viewer.Member, time.GetUtcNow());
            if (member.LastActiveAt is not { } seen || now - seen >= SeenEvery) await people.SeenAsync(member.Id, now, cancellationToken);
        }
        await next();
    }
}
