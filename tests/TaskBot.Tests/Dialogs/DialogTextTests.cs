using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TaskBot.Words;
using TaskBot.Domain.Tests;

namespace TaskBot.Tests.Dialogs;

/// <summary>dialogs/ holds every word the bot says, in both languages.</summary>
public class DialogTextTests
{
    private static readonly BotText Text = new(Options.Create(new DialogTextOptions()), RepoFiles.Root);

    [Fact]
    public void Both_locales_are_present() => Assert.Equal(["en-US", "zh-CN"], Text.Locales.Order());

    [Fact]
    public void Every_message_key_exists_in_both_locales()
    {
        var zh = Text.For("zh-CN").MessageKeys.ToHashSet();
        var en = Text.For("en-US").MessageKeys.ToHashSet();
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
    }

    [Fact]
    public async Task A_phrase_tried_often_is_heard_the_same_once_compiled()
    {
        var phrase = new Phrase(@"(?:汇报|报告)\s*第?(?<number>\d+)(?:号|项)?");
        for (var i = 0; i < 5000 && phrase.Compiling is null; i++) Assert.True(phrase.IsMatch("汇报 " + i));
        Assert.NotNull(phrase.Compiling);

        await phrase.Compiling!;

        Assert.Equal("11", phrase.Match("报告第11项").Groups["number"].Value);
        Assert.True(phrase.IsMatch("汇报11号"));
        Assert.False(phrase.IsMatch("汇报 11 已完成"));
    }

    [Fact]
    public void Every_phrase_key_exists_in_both_locales()
    {
        Assert.Equal(Text.For("zh-CN").PhraseKeys.Order(), Text.For("en-US").PhraseKeys.Order());
    }

    /// <summary>
    /// Every key the code names exists in both locales: literal keys ("ledger.sheet"), and in a file whose helper says
    /// one file's keys (Say("bulletinDocument." + key)), the keys given to it (W("title"), ("number", 6)).
    /// </summary>
    [Fact]
    public void Every_key_the_code_names_exists_in_both_locales()
    {
        var zh = Text.For("zh-CN");
        var files = zh.MessageKeys.Concat(zh.PhraseKeys).Select(k => k[..k.IndexOf('.')]).ToHashSet();
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var code = File.ReadAllText(path);
            foreach (Match m in Regex.Matches(code, @"""([a-z][A-Za-z]*)\.([a-z][A-Za-z]*)"""))
                if (files.Contains(m.Groups[1].Value)) used.Add($"{m.Groups[1].Value}.{m.Groups[2].Value}");
            if (Regex.Match(code, @"Say\(""([a-z][A-Za-z]*)\.""\s*\+") is not { Success: true } helper) continue;
            foreach (Match m in Regex.Matches(code, @"\bW\(""([a-z][A-Za-z]*)""|\(""([a-z][A-Za-z]*)"",\s*\d+\)"))
                used.Add($"{helper.Groups[1].Value}.{m.Groups[1].Value}{m.Groups[2].Value}");
        }
        Assert.Contains("bulletinDocument.title", used);
        Assert.Contains("ledger.deadline", used);
        foreach (var locale in Text.Locales)
        {
            var keys = Text.For(locale).MessageKeys.Concat(Text.For(locale).PhraseKeys).ToHashSet();
            var missing = used.Where(k => !keys.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"not in dialogs/{locale}: {string.Join(", ", missing)}");
        }
    }

    [Theory]
    [InlineData("en-GB", "en-US")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("mn-MN", "zh-CN")]
    [InlineData(null, "zh-CN")]
    public void A_client_locale_gets_the_closest_supported_one(string? asked, string answered) =>
        Assert.Equal(answered, Text.For(asked).Locale);
}
