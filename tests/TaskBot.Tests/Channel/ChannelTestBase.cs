using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>A test's TaskBot on one provider (PostgreSQL unless the test says) and the Connector peer it replies to.</summary>
public abstract class ChannelTestBase(PostgresServer postgres, StorageProvider provider = StorageProvider.PostgreSql) : IAsyncLifetime
{
    protected StorageProvider Provider => provider;
    protected ConnectorPeer Peer { get; private set; } = null!;
    protected TestStore Store { get; private set; } = null!;
    protected BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Peer = await ConnectorPeer.StartAsync();
        Store = (await postgres.Templates.CopyAsync(provider, TemplateKey, PrepareTemplateAsync)).With("Bot:RetryBaseDelay", "00:00:00.010");
        Configure(Store);
        Bot = await BotHost.StartAsync(Store, Services);
    }

    /// <summary>Names what <see cref="PrepareTemplateAsync"/> puts in the store: each test starts from a copy.</summary>
    protected virtual string TemplateKey => StoreTemplates.Migrated;

    /// <summary>What every test of the class starts with (a plan imported), done once per run and provider.</summary>
    protected virtual Task PrepareTemplateAsync(TestStore store) => Task.CompletedTask;

    protected virtual void Configure(TestStore store) { }

    protected virtual void ConfigureServices(IServiceCollection services) { }

    protected Chat NewChat(string locale = "zh-CN") => new(() => Bot.Client, Peer, Guid.NewGuid().ToString("N"), locale);

    /// <summary>A second TaskBot instance on the same store, configured as <see cref="Bot"/> is.</summary>
    protected Task<BotHost> StartInstanceAsync() => BotHost.StartAsync(Store, Services);

    protected async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        Bot = await BotHost.StartAsync(Store, Services);
    }

    private void Services(IServiceCollection services)
    {
        services.AddSingleton<IStartupFilter, LoopbackChannel>();
        ConfigureServices(services);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Peer.DisposeAsync();
    }
}
