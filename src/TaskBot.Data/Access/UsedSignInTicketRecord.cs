namespace TaskBot.Data.Access;

/// <summary>A dashboard sign-in ticket that has been used: the primary key makes a second use fail, on any instance.</summary>
public sealed class UsedSignInTicketRecord
{
    public string Id { get; set; } = "";
    public long UsedAtMs { get; set; }
}
