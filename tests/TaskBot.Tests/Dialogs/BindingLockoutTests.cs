using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Guessing binding codes: ten wrong codes in an hour lock the guesser out for an hour, and the office hears of it.</summary>
[Collection(TestCollections.People)]
public abstract class BindingLockoutTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private const string Balancer = "192.0.2.1";

    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        store.With("Server:TrustedProxies:0", Balancer);
    }

    [Fact]
    public async Task Ten_wrong_codes_lock_the_user_out_for_an_hour_and_the_office_is_told_once()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var guesser = NewChat();
        var code = await InviteAsync(MemberRole.UnitReporter, "旗农牧局");
        for (var i = 1; i < 10; i++)
            Assert.Contains("绑定码无效", (await guesser.SayAsync(Wrong(i))).Texts());

        Assert.Contains("输错次数过多", (await guesser.SayAsync(Wrong(10))).Texts());
        Assert.Contains("输错次数过多", (await guesser.SayAsync("绑定 " + code)).Texts());
        Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Contains("输错次数过多", (await guesser.SayAsync(Wrong(11))).Texts());
        await DrainAsync();
        Assert.Contains("绑定码多次输错", Assert.Single(Proactive(office)).Text);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("「旗农牧局」的报送人", (await guesser.SayAsync("绑定 " + code)).Texts());
    }

    [Fact]
    public async Task Wrong_codes_spread_over_more_than_an_hour_do_not_lock_anyone_out()
    {
        var guesser = NewChat();
        for (var i = 1; i < 10; i++) await guesser.SayAsync(Wrong(i));
        Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Contains("绑定码无效", (await guesser.SayAsync(Wrong(10))).Texts());
    }

    [Fact]
    public async Task A_restart_does_not_reset_the_count()
    {
        var guesser = NewChat();
        for (var i = 1; i < 6; i++) await guesser.SayAsync(Wrong(i));
        await RestartAsync();
        for (var i = 6; i < 10; i++) await guesser.SayAsync(Wrong(i));
        Assert.Contains("输错次数过多", (await guesser.SayAsync(Wrong(10))).Texts());
    }

    [Fact]
    public async Task Direct_Line_clients_at_one_address_share_a_count_whoever_they_claim_to_be()
    {
        for (var i = 1; i < 10; i++)
            Assert.Contains("绑定码无效", await DirectLineAsync("198.51.100.9", Wrong(i)));
        Assert.Contains("输错次数过多", await DirectLineAsync("198.51.100.9", Wrong(10)));
        Assert.Contains("输错次数过多", await DirectLineAsync("198.51.100.9", "绑定 " + await InviteAsync(MemberRole.Office)));

        Assert.Contains("绑定成功", await DirectLineAsync("198.51.100.10", "绑定 " + await InviteAsync(MemberRole.Office)));
    }

    [Fact]
    public async Task Behind_a_trusted_balancer_each_visitor_has_a_count_of_their_own()
    {
        for (var i = 1; i <= 10; i++) await DirectLineAsync(Balancer, Wrong(i), forwardedFor: "198.51.100.9");

        Assert.Contains("绑定成功", await DirectLineAsync(Balancer, "绑定 " + await InviteAsync(MemberRole.Office), forwardedFor: "198.51.100.10"));
        Assert.Contains("输错次数过多", await DirectLineAsync(Balancer, "绑定 " + await InviteAsync(MemberRole.Office), forwardedFor: "198.51.100.9"));
    }

    [Fact]
    public async Task A_guesser_who_is_not_the_balancer_cannot_hide_behind_forwarded_addresses()
    {
        for (var i = 1; i <= 10; i++) await DirectLineAsync("198.51.100.20", Wrong(i), forwardedFor: $"198.51.100.{100 + i}");

        Assert.Contains("输错次数过多",
            await DirectLineAsync("198.51.100.20", "绑定 " + await InviteAsync(MemberRole.Office), forwardedFor: "198.51.100.99"));
    }

    private static string Wrong(int i) => $"绑定 WRNG{i:D4}";

    /// <summary>A new Web Chat session (a new Direct Line user) from the address; returns the bot's answers to one message.</summary>
    private async Task<string> DirectLineAsync(string address, string text, string? forwardedFor = null)
    {
        using var tokenResponse = await Bot.Client.PostAsJsonAsync("/webchat/token", new { token = (string?)null });
        var session = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        var (token, conversation) = (session["token"]!.GetValue<string>(), session["conversationId"]!.GetValue<string>());
        await SendFromAsync(address, "/v3/directline/conversations", token, null, forwardedFor);
        Assert.Equal(200, await SendFromAsync(address, $"/v3/directline/conversations/{conversation}/activities", token,
            new { type = "message", text, from = new { id = "someone" }, locale = "zh-CN" }, forwardedFor));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var page = await Bot.Client.SendAsync(request);
        var activities = (await page.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return string.Join("\n", activities.Select(a => a!["text"]?.GetValue<string>()));
    }

    private async Task<int> SendFromAsync(string address, string path, string token, object? body, string? forwardedFor)
    {
        var context = await Bot.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = path;
            c.Request.Headers.Authorization = "Bearer " + token;
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (body is null) return;
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body));
        });
        return context.Response.StatusCode;
    }
}

public sealed class SqliteBindingLockoutTests(PostgresServer postgres) : BindingLockoutTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlBindingLockoutTests(PostgresServer postgres) : BindingLockoutTests(postgres, StorageProvider.PostgreSql);
