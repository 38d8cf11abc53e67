namespace TaskBot.Domain.People;

/// <summary>A chat user bound to a role: a unit's reporter, a leader or the office. One binding per user and channel.</summary>
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

    private Member() { }

    public Member(string channelId, string userId, string? name, MemberRole role, int? unitId, int? leaderId, DateTimeOffset boundAt)
    {
        ChannelId = channelId;
        UserId = userId;
        Name = name;
        Role = role;
        UnitId = unitId;
        LeaderId = leaderId;
        BoundAt = boundAt;
    }
}
