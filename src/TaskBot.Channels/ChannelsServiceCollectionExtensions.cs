using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Turns;
using TaskBot.Channels.DingTalk;
using TaskBot.Channels.WeCom;

namespace TaskBot.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// 企业微信 and 钉钉, each on when configured. The host adds an <see cref="IPlatformMarkdown"/> and an
    /// <see cref="IActivityQueue"/> (the outbox) that delivers through the connectors.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services)
    {
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DingTalkOptions>().BindConfiguration(DingTalkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => WeComCrypto.From(sp.GetRequiredService<IOptions<WeComOptions>>().Value));
        // No redirects: a token in the query must not follow an answer elsewhere.
        services.AddHttpClient(nameof(WeComClient), c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHttpClient(nameof(DingTalkClient), c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        // Singletons: the cached tokens live as long as the process (the limits are counted in the database).
        services.AddSingleton(sp => new WeComClient(Http(sp, nameof(WeComClient)), sp.GetRequiredService<IOptions<WeComOptions>>(), Time(sp)));
        services.AddSingleton(sp =>
            new DingTalkClient(Http(sp, nameof(DingTalkClient)), sp.GetRequiredService<IOptions<DingTalkOptions>>(), Time(sp)));
        services.AddSingleton<DingTalkSessions>();
        services.AddSingleton<WeComConnector>();
        services.AddSingleton<DingTalkConnector>();
        services.AddSingleton<IChannelConnector>(sp => sp.GetRequiredService<WeComConnector>());
        services.AddSingleton<IChannelConnector>(sp => sp.GetRequiredService<DingTalkConnector>());
        return services;
    }

    private static HttpClient Http(IServiceProvider sp, string name) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    private static TimeProvider Time(IServiceProvider sp) => sp.GetRequiredService<TimeProvider>();

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app) => app.MapWeCom().MapDingTalk();
}
