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
    public void Every_phrase_key_exists_in_both_locales()
    {
        Assert.Equal(Text.For("zh-CN").PhraseKeys.Order(), Text.For("en-US").PhraseKeys.Order());
    }

    [Theory]
    [InlineData("en-GB", "en-US")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("mn-MN", "zh-CN")]
    [InlineData(null, "zh-CN")]
    public void A_client_locale_gets_the_closest_supported_one(string? asked, string answered) =>
        Assert.Equal(answered, Text.For(asked).Locale);
}
