namespace TaskBot.Domain.People;

/// <summary>One person as the office sees them: their role, and every channel they are bound on.</summary>
public sealed record BoundPerson(string? Name, MemberRole Role, int? UnitId, int? LeaderId, IReadOnlyList<Member> Bindings)
{
    /// <summary>When the person last wrote, on any of their channels.</summary>
    public DateTimeOffset? LastActive => Bindings.Max(b => b.LastActiveAt);

    public IEnumerable<string> Channels => Bindings.Select(b => b.ChannelId).Distinct();

    /// <summary>
    /// The bindings grouped by person, in the order they were first bound; named by the latest binding with a real name
    /// (not the chat's user id, which is all some apps give, 企业微信 among them).
    /// </summary>
    public static IReadOnlyList<BoundPerson> Of(IEnumerable<Member> members) =>
        [.. members.GroupBy(m => m.Person).Select(g => g.OrderByDescending(m => m.LastActiveAt).ToList())
            .Select(b => new BoundPerson(b.FirstOrDefault(m => m.Name is { Length: > 0 } n && n != m.UserId)?.Name,
                b[0].Role, b[0].UnitId, b[0].LeaderId, b))
            .OrderBy(p => p.Bindings.Min(m => m.Id))];
}
