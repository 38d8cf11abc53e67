using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>Inbound tokens when an app id is configured, with the keys and OpenID metadata served locally.</summary>
[Collection(TestCollections.Channel)]
public class AuthenticationTests(PostgresServer postgres) : ChannelTestBase(postgres)
{
    private const string AppId = "0b2a4c9e-taskbot-test";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private readonly TokenFactory _channelKey = new("channel-key");
    private readonly TokenFactory _emulatorKey = new("emulator-key");
    private readonly TokenFactory _strangerKey = new("stranger-key");

    public enum Forgery { WrongIssuer, WrongAudience, Expired, UnknownKey, AlgNone, ServiceUrlMismatch, UnendorsedChannel, NoToken, Garbage }

    protected override void Configure(TestStore store)
    {
        store.With("Bot:MicrosoftAppId", AppId).With("Bot:MicrosoftAppPassword", "secret")
            .With("Bot:OpenIdMetadataUrl", Peer.Url + "openid").With("Bot:EmulatorOpenIdMetadataUrl", Peer.Url + "emulator-openid")
            .With("Bot:TokenEndpoint", Peer.Url + "token");
        ServeJson("/openid", new JsonObject { ["issuer"] = ChannelIssuer, ["jwks_uri"] = Peer.Url + "keys" });
        ServeJson("/keys", new JsonObject { ["keys"] = new JsonArray(_channelKey.Jwk("test", "msteams")) });
        ServeJson("/emulator-openid", new JsonObject { ["issuer"] = EmulatorIssuer, ["jwks_uri"] = Peer.Url + "emulator-keys" });
        ServeJson("/emulator-keys", new JsonObject { ["keys"] = new JsonArray(_emulatorKey.Jwk()) });
        ServeJson("/token", new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = "outbound-token" });
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_replies_carry_the_bots_own_token()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        chat.Token = ChannelToken(message.ServiceUrl!, DateTime.UtcNow.AddHours(1));

        await chat.SendAsync(message);

        var reply = Peer.RepliesTo(message.Id!).First();
        Assert.Equal("Bearer outbound-token", reply.Authorization);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_clock_skew_is_accepted()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        chat.Token = ChannelToken(message.ServiceUrl!, DateTime.UtcNow.AddMinutes(-2));

        Assert.NotEmpty(await chat.SendAsync(message));
    }

    [Fact]
    public async Task An_emulator_token_for_this_app_is_accepted()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        chat.Token = _emulatorKey.Create(EmulatorIssuer, AppId, DateTime.UtcNow.AddHours(1), ("appid", AppId), ("ver", "1.0"));

        Assert.NotEmpty(await chat.SendAsync(message));
    }

    [Theory]
    [InlineData(Forgery.WrongIssuer, 401)]
    [InlineData(Forgery.WrongAudience, 401)]
    [InlineData(Forgery.Expired, 401)]
    [InlineData(Forgery.UnknownKey, 401)]
    [InlineData(Forgery.AlgNone, 401)]
    [InlineData(Forgery.ServiceUrlMismatch, 403)]
    [InlineData(Forgery.UnendorsedChannel, 403)]
    [InlineData(Forgery.NoToken, 401)]
    [InlineData(Forgery.Garbage, 401)]
    public async Task A_bad_token_is_refused_with_no_database_write_and_no_outbound_call(Forgery forgery, int status)
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        if (forgery == Forgery.UnendorsedChannel) message.ChannelId = "webchat";
        chat.Token = Token(forgery, message.ServiceUrl!);

        using var response = await chat.PostAsync(ActivityJson.Serialize(message));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.DoesNotContain("IDX", await response.Content.ReadAsStringAsync());
        Assert.Empty(Peer.Calls);
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ProcessedActivities.CountAsync()));
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ConversationReferences.CountAsync()));
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ConversationStates.CountAsync()));
    }

    private string? Token(Forgery forgery, string serviceUrl)
    {
        var later = DateTime.UtcNow.AddHours(1);
        return forgery switch
        {
            Forgery.WrongIssuer => _channelKey.Create("https://evil.example", AppId, later, ("serviceurl", serviceUrl)),
            Forgery.WrongAudience => _channelKey.Create(ChannelIssuer, "another-app", later, ("serviceurl", serviceUrl)),
            Forgery.Expired => ChannelToken(serviceUrl, DateTime.UtcNow.AddMinutes(-10)),
            Forgery.UnknownKey => _strangerKey.Create(ChannelIssuer, AppId, later, ("serviceurl", serviceUrl)),
            Forgery.AlgNone => TokenFactory.Unsigned(ChannelIssuer, AppId, later, serviceUrl),
            Forgery.ServiceUrlMismatch => ChannelToken("https://smba.example.net/apac/", later),
            Forgery.UnendorsedChannel => ChannelToken(serviceUrl, later),
            Forgery.NoToken => null,
            _ => "not-a-jwt",
        };
    }

    private string ChannelToken(string serviceUrl, DateTime expires) =>
        _channelKey.Create(ChannelIssuer, AppId, expires, ("serviceurl", serviceUrl));

    private void ServeJson(string path, JsonObject body) =>
        Peer.Serve(path, http => http.Response.WriteAsync(body.ToJsonString()));
}
