using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Scheduling;

/// <summary>
/// The dashboard's signed-in member: the cookie names the chat user, and each request looks up what they are now,
/// so unbinding (or a new role) takes effect at once, also across a restart.
/// </summary>
internal static class DashboardMember
{
    private const string ChannelClaim = "taskbot:channel";
    private const string UserClaim = "taskbot:user";

    public static ClaimsPrincipal Principal(Member member) => new(new ClaimsIdentity(
        [
            new Claim(ChannelClaim, member.ChannelId), new Claim(UserClaim, member.UserId),
            new Claim(ClaimTypes.Role, member.Role.ToString()), new Claim(ClaimTypes.Name, member.Name ?? member.UserId),
        ], DashboardAccess.Scheme));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var cookie = context.Principal;
        var people = context.HttpContext.RequestServices.GetRequiredService<IPeopleStore>();
        var member = cookie?.FindFirstValue(ChannelClaim) is { } channel && cookie.FindFirstValue(UserClaim) is { } user
            ? await people.FindMemberAsync(channel, user, context.HttpContext.RequestAborted)
            : null;
        if (member is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DashboardAccess.Scheme);
        }
        else if (!cookie!.IsInRole(member.Role.ToString()))
        {
            context.ReplacePrincipal(Principal(member));
            context.ShouldRenew = true;
        }
    }
}
