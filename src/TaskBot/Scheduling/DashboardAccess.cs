using System.Net;
using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TaskBot.Dialogs.Conversations;
using TaskBot.Domain.People;
using TaskBot.Hosting;

namespace TaskBot.Scheduling;

/// <summary>
/// Who may see /hangfire: members signed in through a link the bot gave them (the office may act, everyone else only
/// look), and requests from this machine (look only). Anonymous remote requests get 401.
/// </summary>
public sealed class DashboardAccess(IDataProtectionProvider protection, IOptions<ServerOptions> server, IOptions<SchedulerOptions> scheduler) : IDashboardLinks
{
    public const string Policy = "Dashboard";
    public const string Scheme = "TaskBotDashboard";
    public const string SignInPath = "/hangfire-signin";
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    private ITimeLimitedDataProtector Tickets => protection.CreateProtector("TaskBot.Dashboard.SignIn").ToTimeLimitedDataProtector();

    public DashboardLink? For(Member member)
    {
        if (!scheduler.Value.Enabled) return null;
        var ticket = Tickets.Protect($"{member.Id}|{member.Role}|{member.Name ?? member.UserId}", LinkLifetime);
        return new DashboardLink($"{server.Value.PublicUrl.TrimEnd('/')}{SignInPath}?ticket={Uri.EscapeDataString(ticket)}", LinkLifetime);
    }

    public static void AddDashboardAccess(IServiceCollection services)
    {
        services.AddSingleton<DashboardAccess>();
        services.AddSingleton<IDashboardLinks>(sp => sp.GetRequiredService<DashboardAccess>());
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "taskbot.dashboard";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAssertion(c =>
            c.User.Identity?.IsAuthenticated == true || (c.Resource is HttpContext http && IsLocal(http))));
    }

    /// <summary>The endpoint authorization above decides who gets in; the dashboard only decides who may act.</summary>
    public static DashboardOptions Options() => new()
    {
        Authorization = [new AllowAuthorized()],
        IsReadOnlyFunc = c => !c.GetHttpContext().User.IsInRole(nameof(MemberRole.Office)),
        DisplayStorageConnectionString = false,
    };

    public static void MapSignIn(WebApplication app) => app.MapGet(SignInPath, async (HttpContext http, DashboardAccess access, string? ticket) =>
    {
        if (ticket is null || !access.TryRead(ticket, out var principal)) return Results.Text("This sign-in link is invalid or has expired; ask TaskBot for a new one (调度后台).", statusCode: 401);
        await http.SignInAsync(Scheme, principal);
        return Results.Redirect("/hangfire");
    });

    private bool TryRead(string ticket, out ClaimsPrincipal principal)
    {
        principal = new ClaimsPrincipal();
        try
        {
            var parts = Tickets.Unprotect(ticket).Split('|', 3);
            principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, parts[0]), new Claim(ClaimTypes.Role, parts[1]), new Claim(ClaimTypes.Name, parts[2])], Scheme));
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static bool IsLocal(HttpContext http) => http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);

    private sealed class AllowAuthorized : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => true;
    }
}
