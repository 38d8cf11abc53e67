using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Scheduling;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Reminders;

/// <summary>Hangfire in the server on PostgreSQL: the recurring jobs in China time, the dashboard for the office only.</summary>
[Collection(TestCollections.Reminders)]
public abstract partial class SchedulerTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        store.With("Scheduler:Enabled", "true").With("Server:PublicUrl", "https://taskbot.example.gov.cn/");
    }

    [Fact]
    public void Old_conversation_data_is_deleted_daily_at_half_past_three_China_time()
    {
        var retention = RecurringJobs().Single(j => j.Id == RecurringReminders.RetentionId);

        Assert.Equal("30 3 * * *", retention.Cron);
        Assert.Equal(TimeSpan.FromHours(8), LocalClockZone(retention).GetUtcOffset(DateTime.UtcNow));
    }

    [Fact]
    public void Every_task_is_assessed_again_daily_just_after_midnight_China_time()
    {
        var assessments = RecurringJobs().Single(j => j.Id == RecurringReminders.AssessmentsId);

        Assert.Equal("5 0 * * *", assessments.Cron);
        Assert.Equal(TimeSpan.FromHours(8), LocalClockZone(assessments).GetUtcOffset(DateTime.UtcNow));
    }

    [Fact]
    public void Each_reminder_job_is_scheduled_at_its_China_time_whatever_the_host_zone()
    {
        var jobs = RecurringJobs().ToDictionary(j => j.Id);

        Assert.Equal(("0 9 * * *", "0 18 * * *", "0 9 1,16 * *", "0 9 * * *"),
            (jobs["reminders-weekly"].Cron, jobs["reminders-escalation"].Cron, jobs["reminders-digest"].Cron, jobs["reminders-deadlines"].Cron));
        foreach (var job in jobs.Values)
            Assert.Equal(TimeSpan.FromHours(8), LocalClockZone(job).GetUtcOffset(DateTime.UtcNow));
        // 09:00 and 18:00 in China are 01:00 and 10:00 UTC, on any host.
        Assert.Equal(new TimeSpan(1, 0, 0), jobs["reminders-weekly"].NextExecution!.Value.TimeOfDay);
        Assert.Equal(new TimeSpan(10, 0, 0), jobs["reminders-escalation"].NextExecution!.Value.TimeOfDay);
        var digest = jobs["reminders-digest"].NextExecution!.Value;
        Assert.Contains(digest.AddHours(8).Day, new[] { 1, 16 });
        Assert.All(Enum.GetValues<ReminderJob>(), j => Assert.Null(jobs[RecurringReminders.NowId(j)].NextExecution));
    }

    [Fact]
    public async Task The_dashboard_is_closed_to_anonymous_users_and_read_only_for_everyone_but_the_office()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/hangfire/recurring", remote: true)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/hangfire/recurring", remote: false)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/hangfire-signin?ticket=forged", remote: true)).Status);

        var reporter = await SignInAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var page = await GetAsync("/hangfire/recurring", remote: true, reporter);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(TriggerButton, page.Body);
        Assert.NotEqual(HttpStatusCode.OK, (await TriggerAsync(reporter, ReminderJob.Weekly)).StatusCode);
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task The_office_runs_a_reminder_now_from_the_dashboard()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        var office = await SignInAsync(MemberRole.Office);
        Assert.Contains(TriggerButton, (await GetAsync("/hangfire/recurring", remote: true, office)).Body);

        Assert.Equal(HttpStatusCode.NoContent, (await TriggerAsync(office, ReminderJob.Weekly)).StatusCode);

        // A Hangfire worker runs the job; the test drives the sender itself.
        await Poll.UntilAsync(async () => (await OutboxAsync()).Count > 0, TimeSpan.FromSeconds(30), "the triggered job to queue the reminder");
        await DrainAsync();
        Assert.Contains("**本周调度（第27周，6月30日—7月6日）** 苏里格经济开发区有 2 项任务本期待报送", Assert.Single(Proactive(park)).Text);
    }

    [Fact]
    public async Task Anonymous_read_only_access_from_this_machine_is_a_setting()
    {
        Store.With("Scheduler:LoopbackReadOnly", "true");
        await RestartAsync();

        var onThisMachine = await GetAsync("/hangfire/recurring", remote: false);
        Assert.Equal(HttpStatusCode.OK, onThisMachine.Status);
        Assert.Contains("reminders-weekly", onThisMachine.Body);
        Assert.DoesNotContain(TriggerButton, onThisMachine.Body);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/hangfire/recurring", remote: true)).Status);
    }

    [Fact]
    public async Task A_sign_in_link_works_once()
    {
        var chat = await BoundChatAsync(MemberRole.Office);
        var link = await LinkAsync(chat);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(link, remote: true)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(link, remote: true)).Status);
    }

    [Fact]
    public async Task A_sign_in_link_expires_after_ten_minutes()
    {
        var link = await LinkAsync(await BoundChatAsync(MemberRole.Office));
        Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(link, remote: true)).Status);
    }

    [Fact]
    public async Task Unbinding_ends_the_dashboard_session_at_once_and_after_a_restart()
    {
        var chat = await BoundChatAsync(MemberRole.Office);
        var office = await SignInAsync(chat);
        var other = await SignInAsync(await BoundChatAsync(MemberRole.Office));
        Assert.Equal(HttpStatusCode.NoContent, (await TriggerAsync(office, ReminderJob.Digest)).StatusCode);

        await chat.SayAsync("解绑");
        await chat.SayAsync("是");
        await other.Chat.SayAsync("解绑");
        await other.Chat.SayAsync("是");
        await RestartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/hangfire/recurring", remote: true, office.Cookie)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TriggerAsync(other, ReminderJob.Weekly)).StatusCode);
    }

    [Fact]
    public async Task A_new_role_takes_effect_on_the_next_request()
    {
        var chat = await BoundChatAsync(MemberRole.Office);
        var session = await SignInAsync(chat);
        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"));

        var page = await GetAsync("/hangfire/recurring", remote: true, session.Cookie);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(TriggerButton, page.Body);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://taskbot.example.gov.cn.evil.example")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task A_trigger_from_another_site_is_refused(string? origin)
    {
        var office = await SignInAsync(MemberRole.Office);
        Assert.Equal(HttpStatusCode.Forbidden, (await TriggerAsync(office, ReminderJob.Weekly, origin)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await TriggerAsync(office, ReminderJob.Digest, "http://localhost")).StatusCode);
    }

    private const string TriggerButton = "recurring/trigger";

    private List<RecurringJobDto> RecurringJobs()
    {
        using var connection = Bot.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }

    private static TimeZoneInfo LocalClockZone(RecurringJobDto job) => Domain.Periods.LocalClock.FindZone(job.TimeZoneId!);

    /// <summary>Asks the bot for the dashboard link in chat and follows it; returns the sign-in cookie.</summary>
    private async Task<string> SignInAsync(MemberRole role, string? name = null) => (await SignInAsync(await BoundChatAsync(role, name))).Cookie;

    private async Task<(Chat Chat, string Cookie)> SignInAsync(Chat chat)
    {
        var signIn = await GetAsync(await LinkAsync(chat), remote: true);
        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        return (chat, signIn.Cookie!);
    }

    [Fact]
    public async Task A_sign_in_link_and_its_cookie_from_one_server_work_on_another_of_the_same_database()
    {
        var link = await LinkAsync(await BoundChatAsync(MemberRole.Office));
        await using var other = await BotHost.StartAsync(Store, ConfigureServices);

        var signIn = await GetAsync(link, remote: true, on: other);
        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/hangfire", remote: true, signIn.Cookie)).Status);
        // The key ring is in the database, not in a folder of one machine.
        Assert.NotEmpty(await Bot.WithScopeAsync(sp => sp.GetRequiredService<TaskBotDbContext>().DataProtectionKeys.ToListAsync()));
    }

    private static async Task<string> LinkAsync(Chat chat) =>
        new Uri(LinkPattern().Match((await chat.SayAsync("调度后台")).Texts()).Value).PathAndQuery;

    private async Task<(HttpStatusCode Status, string Body, string? Cookie)> GetAsync(string pathAndQuery, bool remote, string? cookie = null,
        BotHost? on = null)
    {
        var context = await (on ?? Bot).Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            SetTarget(c, pathAndQuery, remote, cookie);
        });
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var setCookie = context.Response.Headers.SetCookie.FirstOrDefault()?.Split(';')[0];
        return ((HttpStatusCode)context.Response.StatusCode, body, setCookie);
    }

    private Task<HttpResponseMessage> TriggerAsync((Chat, string Cookie) session, ReminderJob job) => TriggerAsync(session.Cookie, job);

    private async Task<HttpResponseMessage> TriggerAsync(string cookie, ReminderJob job, string? origin = "https://taskbot.example.gov.cn")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", RecurringReminders.NowId(job))]),
        };
        request.Headers.Add("Cookie", cookie);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await Bot.Client.SendAsync(request);
    }

    private static void SetTarget(HttpContext c, string pathAndQuery, bool remote, string? cookie)
    {
        var uri = new Uri("http://localhost" + pathAndQuery);
        c.Request.Path = uri.AbsolutePath;
        c.Request.QueryString = new QueryString(uri.Query);
        c.Connection.RemoteIpAddress = remote ? IPAddress.Parse("203.0.113.7") : IPAddress.Loopback;
        if (cookie is not null) c.Request.Headers.Cookie = cookie;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteSchedulerTests(PostgresServer postgres) : SchedulerTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlSchedulerTests(PostgresServer postgres) : SchedulerTests(postgres, StorageProvider.PostgreSql);
