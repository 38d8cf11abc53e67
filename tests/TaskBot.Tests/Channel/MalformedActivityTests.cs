using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>What a careless or hostile client may post to /api/messages: each gets a 4xx, and nothing is stored or sent.</summary>
[Collection(TestCollections.Channel)]
public class MalformedActivityTests(PostgresServer postgres) : ChannelTestBase(postgres)
{
    [Fact]
    public async Task Ten_thousand_malformed_activities_are_refused_without_a_trace()
    {
        var limit = Bot.Services.GetRequiredService<IOptions<BotOptions>>().Value.MaxActivityBytes;
        var before = await TestApp.SnapshotAsync(Store);
        var memoryBefore = SettledMemory();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 10_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var content = new ByteArrayContent(Malformed(i, new Random(i), limit));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
            using var response = await Bot.Client.PostAsync("/api/messages", content, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        });

        Assert.All(statuses.Keys, status => Assert.InRange(status, 400, 499));
        Assert.Equal(10_000, statuses.Values.Sum());
        Assert.Empty(Peer.Calls);
        Assert.Equal(before, await TestApp.SnapshotAsync(Store));
        Assert.InRange(SettledMemory() - memoryBefore, long.MinValue, 64L * 1024 * 1024);
    }

    private string Valid(string text = "你好") =>
        $$"""{"type":"message","id":"a1","channelId":"test","serviceUrl":"{{Peer.Url}}","conversation":"""
        + $$"""{"id":"fuzz"},"from":{"id":"u1"},"recipient":{"id":"bot"},"text":"{{text}}"}""";

    private byte[] Malformed(int i, Random random, int limit) => (i % 7) switch
    {
        // Cut short anywhere: never valid JSON.
        0 => Encoding.UTF8.GetBytes(Valid()[..random.Next(0, Valid().Length - 1)]),
        // Noise.
        1 => RandomBytes(random, random.Next(1, 600)),
        // The right fields with the wrong types.
        2 => Encoding.UTF8.GetBytes(WrongTypes[random.Next(WrongTypes.Length)].Replace("SERVICE", Peer.Url, StringComparison.Ordinal)),
        // Nesting far deeper than any activity has.
        3 => Encoding.UTF8.GetBytes(Valid()[..^1] + ",\"channelData\":" + new string('[', 2_000 + random.Next(5_000)) + new string(']', 7_000) + "}"),
        // A string that is not UTF-8.
        4 => [.. Encoding.UTF8.GetBytes(Valid()[..^3]), 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'],
        // Larger than the limit (a few of them: they are big).
        5 when i % 70 == 5 => Encoding.UTF8.GetBytes(Valid(new string('长', limit / 3 + 10))),
        // Well-formed JSON that is not an activity.
        _ => Encoding.UTF8.GetBytes(NotActivities[random.Next(NotActivities.Length)].Replace("SERVICE", Peer.Url, StringComparison.Ordinal)),
    };

    private static readonly string[] WrongTypes =
    [
        """{"type":5,"id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"},"from":{"id":"u"}}""",
        """{"type":"message","id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":"c","from":{"id":"u"}}""",
        """{"type":"message","id":["a"],"channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"},"from":{"id":"u"}}""",
        """{"type":"message","id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"},"from":[],"text":"x"}""",
        """{"type":"message","id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"},"entities":"none"}""",
        """{"type":"message","id":"a","channelId":7,"serviceUrl":"SERVICE","conversation":{"id":"c"},"text":"x"}""",
        """{"type":"message","id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"},"attachments":{"a":1}}""",
        """{"type":"message","id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"},"text":{"zh":"你好"}}""",
        """{"type":"message","id":"a","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":{"x":1}},"text":"x"}""",
    ];

    private static readonly string[] NotActivities =
    [
        "[]", "null", "42", "\"message\"", "{}",
        """{"type":"message","channelId":"test","serviceUrl":"SERVICE","text":"no conversation"}""",
        """{"type":"","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":"c"}}""",
        """{"type":"message","serviceUrl":"SERVICE","conversation":{"id":"c"},"text":"no channel"}""",
        """{"type":"message","channelId":"test","serviceUrl":"SERVICE","conversation":{"id":""},"text":"empty id"}""",
    ];

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
