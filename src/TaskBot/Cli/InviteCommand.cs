using System.CommandLine;
using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Cli;

/// <summary>`invite --unit NAME | --leader NAME | --office [--days N]`: a one-time binding code, alone on the last line.</summary>
public static class InviteCommand
{
    public static Command Create(CommandServices services)
    {
        var unit = new Option<string>("--unit") { Description = "A code for a liaison of this unit.", HelpName = "NAME" };
        var leader = new Option<string>("--leader") { Description = "A code for this leader.", HelpName = "NAME" };
        var office = new Option<bool>("--office") { Description = "A code for the supervision office." };
        var days = new Option<int?>("--days")
        {
            Description = "How many days the code is usable (1 to 365; default Supervision:InvitationLifetime).",
            HelpName = "N",
        };
        days.CustomParser = r => int.TryParse(r.Tokens.Single().Value, out var n) && n is > 0 and <= 365 ? n : Refuse(r);
        var command = new Command("invite", "Make a one-time binding code; the code is alone on the last line.") { unit, leader, office, days };
        command.Validators.Add(r =>
        {
            if (new Option[] { unit, leader, office }.Count(o => r.GetResult(o) is not null) != 1)
                r.AddError("invite needs exactly one of --unit NAME, --leader NAME or --office");
        });
        command.SetAction((r, ct) => services.RunAsync(sp =>
            RunAsync(sp, r.GetValue(unit), r.GetValue(leader), r.GetValue(days), r.InvocationConfiguration.Output, ct)));
        return command;
    }

    private static int? Refuse(System.CommandLine.Parsing.ArgumentResult r)
    {
        r.AddError("--days takes a whole number from 1 to 365");
        return null;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? unitName, string? leaderName, int? days,
        TextWriter output, CancellationToken ct)
    {
        var queries = services.GetRequiredService<TaskQueries>();
        var lifetime = days is { } n ? TimeSpan.FromDays(n) : services.GetRequiredService<IOptions<SupervisionOptions>>().Value.InvitationLifetime;
        var (role, unitId, leaderId, who) =
            unitName is not null
                ? await queries.FindUnitAsync(unitName, ct) is { } unit ? (MemberRole.UnitReporter, unit.Id, (int?)null, unit.Name)
                  : throw new CommandLineException($"no unit is named \"{unitName}\"")
            : leaderName is not null
                ? await queries.FindLeaderAsync(leaderName, ct) is { } leader ? (MemberRole.Leader, (int?)null, leader.Id, leader.Name)
                  : throw new CommandLineException($"no leader is named \"{leaderName}\"")
            : (MemberRole.Office, (int?)null, (int?)null, "the supervision office");
        var expires = services.GetRequiredService<TimeProvider>().GetUtcNow() + lifetime;
        var invitation = new Invitation(Invitation.NewCode(), role, unitId, leaderId, expires);
        await services.GetRequiredService<IPeopleStore>().AddInvitationAsync(invitation, ct);
        await output.WriteLineAsync($"binding code for {who}, usable once until {expires:yyyy-MM-dd HH:mm} UTC; "
            + $"in chat: 绑定 {invitation.Code} / bind {invitation.Code}");
        await output.WriteLineAsync(invitation.Code);
        return 0;
    }
}
