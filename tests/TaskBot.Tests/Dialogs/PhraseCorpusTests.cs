using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Dialogs;
using TaskBot.Dialogs.Conversations;
using TaskBot.Dialogs.Reports;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Channel;
using TaskBot.Tests.Infrastructure;
using TaskBot.Words;
using Xunit.Abstractions;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// dialogs/{locale}/corpus.txt read line by line through the recognisers the bot uses: the router's intents, the
/// status, completion and target readings, and the one-message report reader. Every tuning line must be understood;
/// the held-out lines, which the recognisers were not tuned on, give the accuracy reported in the README.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class PhraseCorpusTests(PostgresServer postgres, StorageProvider provider, ITestOutputHelper output)
    : ChannelTestBase(postgres, provider)
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Every_tuning_phrase_is_read_as_its_intent_with_its_values(string locale)
    {
        var misread = await MisreadAsync(locale, heldOut: false);
        Assert.True(misread.Count == 0, string.Join("\n", misread));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Held_out_phrases_are_read_right_at_least_95_percent_of_the_time(string locale)
    {
        var total = CorpusLine.Read(locale).Count(l => l.HeldOut);
        var misread = await MisreadAsync(locale, heldOut: true);
        var accuracy = (double)(total - misread.Count) / total;
        output.WriteLine($"{locale} held-out: {total - misread.Count}/{total} = {accuracy:P1}\n{string.Join("\n", misread)}");
        Assert.True(accuracy >= 0.95, $"{accuracy:P1} of {total}:\n{string.Join("\n", misread)}");
    }

    private Task<List<string>> MisreadAsync(string locale, bool heldOut) => Bot.WithScopeAsync(sp =>
    {
        var text = sp.GetRequiredService<BotText>().For(locale);
        var intents = sp.GetRequiredService<IntentRecognizer>();
        var misread = CorpusLine.Read(locale).Where(l => l.HeldOut == heldOut)
            .Select(l => (Line: l, Got: Read(text, intents, l)))
            .Where(r => r.Got.Count > 0)
            .Select(r => $"{r.Line}: {string.Join(", ", r.Got)}").ToList();
        return Task.FromResult(misread);
    });

    /// <summary>What was read differently from the line's expectations (empty when all agree).</summary>
    private static List<string> Read(LocaleText text, IntentRecognizer intents, CorpusLine line)
    {
        var got = new Dictionary<string, string?>();
        switch (line.Intent)
        {
            case "status":
                var status = StatusReading.Answer(text, line.Phrase);
                got["status"] = status.Unclear ? "ask" : status.Status?.ToString();
                break;
            case "completion":
                var targets = line.Values.TryGetValue("target", out var t) ? TaskTarget.FindAll(t) : [];
                var answer = CompletionAnswer.Read(line.Phrase, targets);
                (got["target"], got["percent"], got["value"]) = (line.Values.GetValueOrDefault("target"), Number(answer.Percent), answer.Value);
                got["problem"] = answer.Accepted ? null : answer.Problem.ToString();
                break;
            case "targets":
                got["targets"] = string.Join(",", TaskTarget.FindAll(line.Phrase));
                break;
            default:
                var intent = intents.Recognize(text, line.Phrase);
                got["intent"] = intent?.Name;
                if (intent is null) break;
                got["number"] = TaskNumber.From(intent.Values)?.Value?.ToString(CultureInfo.InvariantCulture);
                got["unit"] = intent.Values["unit"]?.GetValue<string>();
                got["leader"] = intent.Values["leader"]?.GetValue<string>();
                // Any other value a line names is read as its phrase's group of that name (邀请's who).
                foreach (var key in line.Values.Keys.Where(k => !got.ContainsKey(k)))
                    got[key] = (intent.Values[key] as System.Text.Json.Nodes.JsonValue)?.GetValue<string>();
                var body = intent.Values["body"]?.GetValue<string>() ?? intent.Values["remark"]?.GetValue<string>();
                if (body is null) break;
                var draft = ReportMessageReader.Read(text, body, 0, []).Draft;
                (got["status"], got["percent"], got["progress"]) = (draft.Status?.ToString(), Number(draft.Completion), draft.Progress);
                (got["problems"], got["nextSteps"], got["coordination"]) = (draft.Problems, draft.NextSteps, draft.Coordination);
                break;
        }
        var expected = new Dictionary<string, string>(line.Values);
        if (!new[] { "status", "completion", "targets" }.Contains(line.Intent)) expected["intent"] = line.Intent;
        // An empty expected value ("percent=") means nothing was read.
        return [.. expected.Where(e => (got.GetValueOrDefault(e.Key) ?? "") != e.Value)
            .Select(e => $"{e.Key}={got.GetValueOrDefault(e.Key) ?? "(none)"} (expected {e.Value})")];
    }

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed class SqlitePhraseCorpusTests(PostgresServer postgres, ITestOutputHelper output)
    : PhraseCorpusTests(postgres, StorageProvider.Sqlite, output);

public sealed class PostgreSqlPhraseCorpusTests(PostgresServer postgres, ITestOutputHelper output)
    : PhraseCorpusTests(postgres, StorageProvider.PostgreSql, output);
