namespace TaskBot.Domain.People;

/// <summary>
/// A chat user bound to a role: a unit's reporter, a leader or the office. One binding per user and channel; one person
/// may hold bindings on several channels (企业微信, 钉钉, Teams…), made with a code asked for on a channel already bound.
/// </summary>
public sealed class Member
{
    public int Id { get; private set; }
    public string ChannelId { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public string? Name { get; private set; }
    public MemberRole Role { get; private set; }
    public int? UnitId { get; private set; }
    public int? LeaderId { get; private set; }
    public DateTimeOffset BoundAt { get; private set; }

    /// <summary>Shared by the bindings of one person; null for a binding of its own (see <see cref="Person"/>).</summary>
    public string? PersonKey { get; private set; }

    /// <summary>When the person last wrote on this binding's channel.</summary>
    public DateTimeOffset? LastActiveAt { get; private set; }

    /// <summary>When the person said 提醒发到这里 on this channel.</summary>
    public DateTimeOffset? RemindHereAt { get; private set; }

    /// <summary>Who the binding belongs to: the same for all of one person's bindings.</summary>
    public string Person => PersonKey ?? $"member:{Id}";

    private Member() { }

    public Member(string channelId, string userId, string? name, MemberRole role, int? unitId, int? leaderId, DateTimeOffset boundAt,
        string? personKey = null)
    {
        PersonKey = personKey;
        LastActiveAt = boundAt;
        ChannelId = channelId;
        UserId = userId;
        Name = name;
        Role = role;
        UnitId = unitId;
        LeaderId = leaderId;
        BoundAt = boundAt;
    }
}
