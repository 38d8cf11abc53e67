using System.Net;
using System.Security.Cryptography;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Hosting;
using TaskBot.Data.Access;
using TaskBot.Dialogs.Conversations;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Hosting;

namespace TaskBot.Scheduling;

/// <summary>
/// Who may see /hangfire: members signed in through a single-use link the bot gave them, with the role they hold at
/// the time of each request (the office may act, everyone else only look), and, when allowed, requests from this
/// machine (look only). Anonymous requests get 401; changes from another site get 403.
/// </summary>
public sealed class DashboardAccess(IDataProtectionProvider protection, PublicAddress server, IOptions<SchedulerOptions> scheduler, TimeProvider time)
    : IDashboardLinks
{
    public const string Policy = "Dashboard";
    public const string Scheme = "TaskBotDashboard";
    public const string SignInPath = "/hangfire-signin";
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    private IDataProtector Tickets => protection.CreateProtector("TaskBot.Dashboard.SignIn");

    public DashboardLink? For(Member member)
    {
        if (!scheduler.Value.Enabled) return null;
        var expires = time.GetUtcNow().Add(LinkLifetime).ToUnixTimeMilliseconds();
        var ticket = Tickets.Protect(string.Join('|', Guid.NewGuid().ToString("N"), expires, member.ChannelId, member.UserId));
        return new DashboardLink($"{server.Base}{SignInPath}?ticket={Uri.EscapeDataString(ticket)}", LinkLifetime);
    }

    public static void AddDashboardAccess(IServiceCollection services)
    {
        services.AddSingleton<DashboardAccess>();
        services.AddSingleton<IDashboardLinks>(sp => sp.GetRequiredService<DashboardAccess>());
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "taskbot.dashboard";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnValidatePrincipal = DashboardMember.ValidateAsync;
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAssertion(c => c.Resource is HttpContext http && Allows(http)));
    }

    /// <summary>The endpoint authorization above decides who gets in; the dashboard only decides who may act.</summary>
    public static DashboardOptions Options() => new()
    {
        Authorization = [new AllowAuthorized()],
        IsReadOnlyFunc = c => !c.GetHttpContext().User.IsInRole(nameof(MemberRole.Office)),
        DisplayStorageConnectionString = false,
    };

    public static void MapSignIn(WebApplication app) => app.MapGet(SignInPath,
        async (HttpContext http, DashboardAccess access, SignInTicketStore used, string? ticket) =>
    {
        var ct = http.RequestAborted;
        var people = http.RequestServices.GetRequiredService<IPeopleStore>();
        if (access.Read(ticket) is not { } t || !await used.UseAsync(t.Id, 2 * LinkLifetime, ct)
            || await people.FindMemberAsync(t.ChannelId, t.UserId, ct) is not { } member)
            return Results.Text("This sign-in link is invalid, used or expired; ask TaskBot for a new one (调度后台).", statusCode: 401);
        await http.SignInAsync(Scheme, DashboardMember.Principal(member));
        return Results.Redirect("/hangfire");
    });

    private (string Id, string ChannelId, string UserId)? Read(string? ticket)
    {
        try
        {
            var parts = ticket is null ? [] : Tickets.Unprotect(ticket).Split('|', 4);
            var live = parts.Length == 4 && long.TryParse(parts[1], out var expires) && time.GetUtcNow().ToUnixTimeMilliseconds() < expires;
            return live ? (parts[0], parts[2], parts[3]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static bool Allows(HttpContext http)
    {
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        var loopback = http.RequestServices.GetRequiredService<IOptions<SchedulerOptions>>().Value.LoopbackReadOnly
            && ClientAddress.IsLoopback(http);
        return (signedIn || loopback) && DashboardOrigin.Allows(http);
    }

    private sealed class AllowAuthorized : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => true;
    }
}
