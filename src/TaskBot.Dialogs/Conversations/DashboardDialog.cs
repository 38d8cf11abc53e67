using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;

namespace TaskBot.Dialogs.Conversations;

/// <summary>调度后台 / dashboard: a short-lived sign-in link to the scheduler's dashboard (full for the office, read-only for others).</summary>
public sealed class DashboardDialog(IDashboardLinks links) : Dialog, IRoutedDialog
{
    public override string Id => "dashboard";
    public string Trigger => "dashboard.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (links.For(dc.Viewer!.Member) is not { } link) return await dc.SayAndEndAsync("dashboard.unavailable", cancellationToken);
        var key = dc.Viewer.Member.Role == MemberRole.Office ? "dashboard.link" : "dashboard.readOnlyLink";
        return await dc.SayAndEndAsync(key, cancellationToken, ("url", link.Url), ("minutes", (int)link.Lifetime.TotalMinutes));
    }
}

/// <summary>Makes sign-in links to the dashboard; null when this instance serves none.</summary>
public interface IDashboardLinks
{
    DashboardLink? For(Member member);
}

public sealed record DashboardLink(string Url, TimeSpan Lifetime);
