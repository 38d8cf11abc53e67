using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Evidence;

/// <summary>An evidence setting that cannot work stops the server at start, with the setting named.</summary>
[Collection(TestCollections.Documents)]
public class EvidenceSettingsTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("Evidence:Types", "jpg gif", "Evidence:Types")]
    [InlineData("Evidence:Types", " ", "Types")]
    [InlineData("Evidence:MaxBytes", "0", "MaxBytes")]
    [InlineData("Storage:Files", "/proc/taskbot-evidence", "Storage:Files")]
    public async Task A_setting_that_cannot_work_stops_the_start(string key, string value, string named)
    {
        var store = (await TestStore.CreateAsync(StorageProvider.Sqlite, postgres)).With(key, value);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(store));

        Assert.Contains(named, refused.Message);
    }
}
