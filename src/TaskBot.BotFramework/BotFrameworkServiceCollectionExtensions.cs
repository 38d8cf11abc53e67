using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Hosting;
using TaskBot.BotFramework.Turns;

namespace TaskBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The protocol layer. The application adds its <see cref="IBot"/>, the stores, and middleware of its own
    /// (which runs after logging, the transaction and de-duplication, in registration order).
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddHttpClient(nameof(BotKeySources));
        services.AddSingleton<BotKeySources>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddScoped<BotAuthenticator>();
        services.AddHttpClient<ClientCredentialsTokenProvider>();
        services.AddSingleton<IAccessTokenProvider>(sp => sp.GetRequiredService<ClientCredentialsTokenProvider>());
        // A redirect would take the bot's token, and its request, wherever the answering server likes. The factory's
        // request logging (a scope and two checks a call) is left out: a failed call is logged with its status anyway.
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
        services.AddScoped<IActivitySender, ChannelActivitySender>();
        services.AddHttpClient<AttachmentFiles>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddScoped<ITurnTransaction, NoTurnTransaction>();
        services.AddScoped<ITurnMiddleware, LoggingMiddleware>();
        services.AddScoped<ITurnMiddleware, TurnTransactionMiddleware>();
        services.AddScoped<ITurnMiddleware, DeduplicationMiddleware>();
        services.AddScoped<ITurnMiddleware, InboundRecordMiddleware>();
        services.AddScoped<TurnPipeline>();
        services.AddScoped<ActivityProcessor>();
        services.AddScoped<ProactiveMessenger>();
        services.AddSingleton<DirectLineStreams>();
        services.TryAddScoped<IDirectLineFanOut, InProcessFanOut>();
        services.AddSingleton<DirectLineRateLimits>();
        services.AddScoped<DirectLineChannel>();
        services.AddScoped<DirectLineTokens>();
        services.AddScoped<DirectLineConversations>();
        return services;
    }
}
