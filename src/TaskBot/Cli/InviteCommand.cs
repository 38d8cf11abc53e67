using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Cli;

/// <summary>`invite --unit NAME | --leader NAME | --office [--days N]`: a one-time binding code, alone on the last line.</summary>
public static class InviteCommand
{
    public static async Task<int> RunAsync(Arguments args, IServiceProvider services, TextWriter output)
    {
        var queries = services.GetRequiredService<TaskQueries>();
        var chosen = new[] { args.Option("--unit") is not null, args.Option("--leader") is not null, args.Flag("--office") }.Count(x => x);
        if (chosen != 1) throw new CommandLineException("invite needs exactly one of --unit NAME, --leader NAME or --office");
        var days = args.Option("--days") is { } d
            ? int.TryParse(d, out var n) && n is > 0 and <= 365 ? TimeSpan.FromDays(n) : throw new CommandLineException("--days takes a whole number from 1 to 365")
            : services.GetRequiredService<IOptions<SupervisionOptions>>().Value.InvitationLifetime;
        var (role, unitId, leaderId, who) = args.Flag("--office") ? (MemberRole.Office, (int?)null, (int?)null, "the supervision office")
            : args.Option("--unit") is { } unitName
                ? await queries.FindUnitAsync(unitName, CancellationToken.None) is { } unit ? (MemberRole.UnitReporter, unit.Id, null, unit.Name)
                  : throw new CommandLineException($"no unit is named \"{unitName}\"")
            : await queries.FindLeaderAsync(args.Option("--leader")!, CancellationToken.None) is { } leader ? (MemberRole.Leader, null, leader.Id, leader.Name)
              : throw new CommandLineException($"no leader is named \"{args.Option("--leader")}\"");
        var expires = services.GetRequiredService<TimeProvider>().GetUtcNow() + days;
        var invitation = new Invitation(Invitation.NewCode(), role, unitId, leaderId, expires);
        await services.GetRequiredService<IPeopleStore>().AddInvitationAsync(invitation, CancellationToken.None);
        await output.WriteLineAsync($"binding code for {who}, usable once until {expires:yyyy-MM-dd HH:mm} UTC; in chat: 绑定 {invitation.Code} / bind {invitation.Code}");
        await output.WriteLineAsync(invitation.Code);
        return 0;
    }
}
