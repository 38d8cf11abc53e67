namespace TaskBot.Domain.People;

/// <summary>A one-time binding code the office issues to a unit's reporter, a leader or the office itself.</summary>
public sealed class Invitation
{
    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public MemberRole Role { get; private set; }
    public int? UnitId { get; private set; }
    public int? LeaderId { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>For a code a member asked for to bind another channel: the person the new binding belongs to.</summary>
    public string? PersonKey { get; private set; }

    private Invitation() { }

    public Invitation(string code, MemberRole role, int? unitId, int? leaderId, DateTimeOffset expiresAt)
    {
        Code = code;
        Role = role;
        UnitId = unitId;
        LeaderId = leaderId;
        ExpiresAt = expiresAt;
    }

    /// <summary>A code for <paramref name="member"/> to bind another channel as the same person, with the same role.</summary>
    public static Invitation ForAnotherChannel(Member member, DateTimeOffset expiresAt) =>
        new(NewCode(), member.Role, member.UnitId, member.LeaderId, expiresAt) { PersonKey = member.Person };

    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>An 8-character code without look-alike characters (0/O, 1/I/L), easy to read out and type.</summary>
    public static string NewCode() => System.Security.Cryptography.RandomNumberGenerator.GetString(CodeAlphabet, 8);

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    /// <summary>Binds a chat user; null when the code was used or has expired.</summary>
    public Member? Redeem(string channelId, string userId, string? userName, DateTimeOffset now)
    {
        if (!IsUsable(now)) return null;
        UsedAt = now;
        return new Member(channelId, userId, userName, Role, UnitId, LeaderId, now, PersonKey);
    }
}
