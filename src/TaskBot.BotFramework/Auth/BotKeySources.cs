using Microsoft.Extensions.Options;

namespace TaskBot.BotFramework.Auth;

/// <summary>The two OpenID metadata documents whose keys sign inbound tokens; one instance per process, so keys are cached.</summary>
public sealed class BotKeySources(IOptions<BotOptions> options, IHttpClientFactory http)
{
    private readonly Lazy<OpenIdKeySource> _channel = new(() => new(options.Value.OpenIdMetadataUrl, http.CreateClient(nameof(BotKeySources))));
    private readonly Lazy<OpenIdKeySource> _emulator =
        new(() => new(options.Value.EmulatorOpenIdMetadataUrl, http.CreateClient(nameof(BotKeySources))));

    public OpenIdKeySource Channel => _channel.Value;
    public OpenIdKeySource Emulator => _emulator.Value;
}
