using System.Text.Json.Nodes;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// Messages of one conversation posted at the same moment (Web Chat sends the next before the bot answered the last):
/// each is answered once, one after the other, each turn starting from the state the one before it left.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class TurnOrderTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private static readonly string[] Answers = ["部分地块灌溉水源未落实", "加紧土方施工", "水利局调配灌溉水源"];

    [Fact]
    public async Task Answers_posted_at_once_over_direct_line_fill_the_report_in_the_order_of_the_transcript()
    {
        var chat = await BoundWebChatAsync();
        foreach (var answer in new[] { "汇报 11", "正常推进", "完成土地平整2.3万亩", "50%" }) await chat.SayAsync(answer);
        var before = (await chat.TranscriptAsync()).Count;

        await Task.WhenAll(Answers.Select(chat.SayAsync));

        var turns = Turns((await chat.TranscriptAsync()).Skip(before));
        Assert.Equal(3, turns.Count);
        Assert.Contains("下步计划是什么", turns[0].Replies);
        Assert.Contains("有没有需要领导协调解决的事项", turns[1].Replies);
        Assert.Contains($"存在问题：{turns[0].Said}", turns[2].Replies);
        Assert.Contains($"下步计划：{turns[1].Said}", turns[2].Replies);
        Assert.Contains($"需协调事项：{turns[2].Said}", turns[2].Replies);
    }

    [Fact]
    public async Task Many_messages_posted_at_once_over_direct_line_are_each_answered_before_the_next_in_the_transcript()
    {
        var chat = await BoundWebChatAsync();
        var numbers = Enumerable.Range(1, 12).ToList();

        await Task.WhenAll(numbers.Select(n => chat.SayAsync($"第{n}项")));

        var turns = Turns((await chat.TranscriptAsync()).SkipWhile(a => !Said(a).StartsWith('第')));
        Assert.Equal(numbers, turns.Select(t => int.Parse(t.Said[1..^1])).Order());
        Assert.All(turns, t => Assert.StartsWith($"**{t.Said}**", t.Replies));
    }

    [Fact]
    public async Task Answers_delivered_at_once_to_api_messages_are_each_taken_once_from_the_state_the_last_left()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        foreach (var answer in new[] { "汇报 11", "正常推进", "完成土地平整2.3万亩", "50%" }) await chat.SayAsync(answer);

        var replies = await Task.WhenAll(Answers.Select(async a => (Said: a, Replies: (await chat.SayAsync(a)).Texts())));

        var problems = Assert.Single(replies, r => r.Replies.Contains("下步计划是什么"));
        var nextSteps = Assert.Single(replies, r => r.Replies.Contains("有没有需要领导协调解决的事项"));
        var readBack = Assert.Single(replies, r => r.Replies.Contains("请核对")).Replies;
        Assert.Contains($"存在问题：{problems.Said}", readBack);
        Assert.Contains($"下步计划：{nextSteps.Said}", readBack);
        Assert.Equal(Answers.Except([problems.Said, nextSteps.Said]).Single(), readBack.Split("需协调事项：")[1].Split('\n')[0]);
    }

    private async Task<DirectLineChat> BoundWebChatAsync()
    {
        var chat = await DirectLineChat.StartAsync(Bot.Client);
        await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));
        return chat;
    }

    /// <summary>The transcript as turns: what the user said, and the bot's replies to it that follow before the user speaks again.</summary>
    private static List<(string Said, string Replies)> Turns(IEnumerable<JsonObject> transcript)
    {
        var turns = new List<(string Id, string Said, List<string> Replies)>();
        foreach (var activity in transcript)
        {
            if (activity["from"]?["role"]?.GetValue<string>() != "bot") turns.Add((activity["id"]!.GetValue<string>(), Said(activity), []));
            else
            {
                Assert.Equal(turns[^1].Id, activity["replyToId"]?.GetValue<string>());
                turns[^1].Replies.Add(activity["text"]?.GetValue<string>() ?? "");
            }
        }
        Assert.All(turns, t => Assert.NotEmpty(t.Replies));
        return [.. turns.Select(t => (t.Said, string.Join("\n", t.Replies)))];
    }

    private static string Said(JsonObject activity) => activity["text"]?.GetValue<string>() ?? "";
}

public sealed class SqliteTurnOrderTests(PostgresServer postgres) : TurnOrderTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlTurnOrderTests(PostgresServer postgres) : TurnOrderTests(postgres, StorageProvider.PostgreSql);
