using TaskBot.Domain.People;

namespace TaskBot.Domain.Supervision;

/// <summary>Who is who: binding codes and the chat users bound with them.</summary>
public interface IPeopleStore
{
    Task<Member?> FindMemberAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>The member bound to the channel user, with their unit or leader, read together.</summary>
    Task<Viewer?> FindViewerAsync(string channelId, string userId, CancellationToken cancellationToken);
    /// <summary>Everyone bound, on every channel.</summary>
    Task<IReadOnlyList<Member>> MembersAsync(CancellationToken cancellationToken);

    Task<Invitation?> FindInvitationAsync(string code, CancellationToken cancellationToken);
    Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken);

    /// <summary>Stores the member (replacing the user's earlier binding on that channel) and the used invitation, together.</summary>
    Task BindAsync(Invitation invitation, Member member, CancellationToken cancellationToken);

    /// <summary>Notes that the member wrote now (their channel becomes the one they last used).</summary>
    Task SeenAsync(int memberId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The person's reminders go to this binding from now on, not to their others.</summary>
    Task RemindHereAsync(Member member, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Notes that the unit took part on the day (someone bound to it, a reminder sent to it): its go-live, from which its
    /// unreported periods count. The first day is kept.
    /// </summary>
    /// <returns>Whether the unit went live on that day (it had not before).</returns>
    Task<bool> NoteUnitGoLiveAsync(int unitId, DateOnly day, CancellationToken cancellationToken);

    Task<bool> UnbindAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Removes these bindings (the office revoking a person's); returns how many there were.</summary>
    Task<int> RevokeAsync(IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken);

    /// <summary>The wrong binding codes from these sources since the moment given.</summary>
    Task<IReadOnlyList<(string Source, DateTimeOffset At)>> FailedBindingsAsync(IReadOnlyList<string> sources, DateTimeOffset since,
        CancellationToken cancellationToken);

    /// <summary>Records a wrong code from each source and forgets all failures older than <paramref name="forgetBefore"/>.</summary>
    Task AddFailedBindingAsync(IReadOnlyList<string> sources, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken);
}
