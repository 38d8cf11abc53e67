using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>A protocol setting that cannot work stops the server at start, with the setting named.</summary>
[Collection(TestCollections.Channel)]
public class ProtocolSettingsTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("Bot:AllowedServiceUrls:0", "https://user@smba.example.net/", "AllowedServiceUrls")]
    [InlineData("Bot:AllowedServiceUrls:0", "smba.example.net", "AllowedServiceUrls")]
    [InlineData("DirectLine:TokensPerWindow", "0", "TokensPerWindow")]
    [InlineData("DirectLine:ConversationsPerWindow", "-1", "ConversationsPerWindow")]
    [InlineData("DirectLine:RateWindow", "00:00:00", "RateWindow")]
    [InlineData("DirectLine:MaxActivitiesPerConversation", "0", "MaxActivitiesPerConversation")]
    [InlineData("DirectLine:MaxBytesPerConversation", "100", "MaxBytesPerConversation")]
    [InlineData("Retention:ProcessedActivities", "00:00:01", "ProcessedActivities")]
    [InlineData("Retention:DirectLineActivities", "-1.00:00:00", "DirectLineActivities")]
    public async Task A_setting_out_of_range_stops_the_start(string key, string value, string named)
    {
        var store = (await TestStore.CreateAsync(StorageProvider.Sqlite, postgres)).With(key, value);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(store));

        Assert.Contains(named, refused.Message);
    }
}
