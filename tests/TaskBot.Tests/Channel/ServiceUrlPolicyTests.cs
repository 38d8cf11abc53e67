using Microsoft.Extensions.Options;
using TaskBot.BotFramework;
using TaskBot.BotFramework.Auth;

namespace TaskBot.Tests.Channel;

/// <summary>With no app id, where replies may go: loopback and Bot:AllowedServiceUrls, compared on the parsed URL.</summary>
public class ServiceUrlPolicyTests
{
    private readonly ServiceUrlPolicy _policy = new(Options.Create(new BotOptions
    {
        AllowedServiceUrls = ["https://smba.example.net/apac/", "https://bot.example.org"],
    }));

    [Theory]
    [InlineData("https://smba.example.net/apac/")]
    [InlineData("https://smba.example.net/apac")]
    [InlineData("https://SMBA.example.net:443/apac/v3/conversations/c1/activities")]
    [InlineData("https://bot.example.org/any/path/")]
    [InlineData("http://127.0.0.1:52000/")]
    [InlineData("http://localhost:3979/some/path")]
    [InlineData("http://[::1]:9000/")]
    public void An_allowed_or_loopback_service_url_is_allowed(string serviceUrl) =>
        Assert.True(_policy.IsAllowedWithoutToken(serviceUrl));

    [Theory]
    [InlineData("https://smba.example.net@evil.example/apac/")]
    [InlineData("https://smba.example.net.evil.example/apac/")]
    [InlineData("https://bot.example.org.evil.example/")]
    [InlineData("https://bot.example.org@evil.example/")]
    [InlineData("http://smba.example.net/apac/")]
    [InlineData("https://smba.example.net:8443/apac/")]
    [InlineData("https://smba.example.net/apacx/")]
    [InlineData("https://smba.example.net/emea/")]
    [InlineData("https://smba.example.net/apac/../emea/")]
    [InlineData("https://smba.example.net/apac/?next=https://evil.example/")]
    [InlineData("https://smba.example.net/apac/#x")]
    [InlineData("http://user:pass@127.0.0.1:52000/")]
    [InlineData("http://127.0.0.1:52000/?x=1")]
    [InlineData("http://127.0.0.1:52000/#x")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    public void Anything_else_is_refused(string serviceUrl) =>
        Assert.False(_policy.IsAllowedWithoutToken(serviceUrl));
}
