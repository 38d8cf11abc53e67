using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using TaskBot.Data;
using TaskBot.Hosting;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.BrowserTests;

/// <summary>Microsoft's Web Chat in Debian's Chromium, talking to TaskBot's own Direct Line.</summary>
[Collection(DatabaseCollection.Name)]
public class WebChatTests(PostgresServer postgres) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        var store = (await TestStore.CreateAsync(StorageProvider.PostgreSql, postgres)).With("urls", "http://127.0.0.1:0");
        _app = TaskBotHost.Build(TaskBotHost.CreateBuilder([], store.Settings));
        await _app.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Web_chat_connects_answers_help_follows_a_suggested_action_and_keeps_its_history_after_a_reload()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        await page.GotoAsync(_app.Urls.First() + "/");
        var transcript = page.Locator(".webchat__basic-transcript");
        await Expect(transcript).ToContainTextAsync("TaskBot 督办助手");

        await page.GetByRole(AriaRole.Textbox).FillAsync("帮助");
        await page.Keyboard.PressAsync("Enter");
        await Expect(transcript).ToContainTextAsync("您想了解哪一项？");

        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "汇报进展" }).ClickAsync();
        await Expect(transcript).ToContainTextAsync("汇报 11");

        await page.ReloadAsync();
        await Expect(page.Locator(".webchat__basic-transcript")).ToContainTextAsync("汇报 11");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-help.png"), FullPage = true });
    }

    // A cold server (JIT, first queries) can take seconds for the first turn; these are waits for a condition, not sleeps.
    private static ILocatorAssertions Expect(ILocator locator)
    {
        Assertions.SetDefaultExpectTimeout(30_000);
        return Assertions.Expect(locator);
    }

    private static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }
}
