using Microsoft.Extensions.Options;
using TaskBot.Domain.Tests;
using TaskBot.Words;

namespace TaskBot.Tests.Dialogs;

/// <summary>Periods as people say them, in both locales: the one function every message, bulletin and the ledger use.</summary>
public class PeriodTextTests
{
    private static readonly BotText Text = new(Options.Create(new DialogTextOptions()), RepoFiles.Root);

    [Theory]
    [InlineData("zh-CN", "2026-W49", "第49周，11月30日—12月6日")]
    [InlineData("zh-CN", "2026-12-H1", "12月上半月")]
    [InlineData("zh-CN", "2026-12-H2", "12月下半月")]
    [InlineData("zh-CN", "2026-11", "11月")]
    [InlineData("en-US", "2026-W49", "week 49, 30 Nov – 6 Dec")]
    [InlineData("en-US", "2026-12-H1", "first half of December")]
    [InlineData("en-US", "2026-11", "November")]
    [InlineData("zh-CN", "odd-key", "odd-key")]
    public void A_period_reads_as_people_say_it(string locale, string key, string label) =>
        Assert.Equal(label, PeriodText.Label(Text.For(locale), key));

    [Theory]
    [InlineData("zh-CN", "2025年第52周，12月22日—12月28日")]
    [InlineData("en-US", "week 52, 22 Dec – 28 Dec 2025")]
    public void A_period_of_another_year_says_its_year(string locale, string label) =>
        Assert.Equal(label, PeriodText.Label(Text.For(locale), "2025-W52", currentYear: 2026));
}
