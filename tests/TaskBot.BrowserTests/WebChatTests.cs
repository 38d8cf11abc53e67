using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Hosting;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.BrowserTests;

/// <summary>Microsoft's Web Chat in Debian's Chromium, talking to TaskBot's own Direct Line.</summary>
[Collection(DatabaseCollection.Name)]
public class WebChatTests(PostgresServer postgres) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private TestStore _store = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        // The outbox sender runs, as in production: a leader's coordination request arrives by it.
        _store = (await postgres.Templates.CopyAsync(StorageProvider.PostgreSql, StoreTemplates.Migrated)).With("urls", "http://127.0.0.1:0")
            .With("Outbox:Enabled", "true");
        _app = TaskBotHost.Build(TaskBotHost.CreateBuilder([], _store.Settings));
        await _app.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run"],
        });
    }

    [Fact]
    public async Task Web_chat_connects_answers_help_follows_a_suggested_action_and_keeps_its_history_after_a_reload()
    {
        var page = await _browser.NewPageAsync(
            new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        await page.GotoAsync(_app.Urls.First() + "/");
        var transcript = page.Locator(".webchat__basic-transcript");
        await Expect(transcript).ToContainTextAsync("TaskBot 督办助手");

        await page.Locator("[data-id='webchat-sendbox-input']").FillAsync("帮助");
        await page.Keyboard.PressAsync("Enter");
        await Expect(transcript).ToContainTextAsync("您想了解哪一项？");

        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "哪些任务滞后" }).ClickAsync();
        await Expect(transcript).ToContainTextAsync("序时进度");

        await page.ReloadAsync();
        await Expect(page.Locator(".webchat__basic-transcript")).ToContainTextAsync("序时进度");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-help.png"), FullPage = true });
    }

    // A cold server (JIT, first queries) can take seconds for the first turn; these are waits for a condition, not sleeps.
    [Fact]
    public async Task A_unit_head_reports_on_a_seed_task_and_a_leader_sees_it_among_the_tasks_behind_with_its_reason()
    {
        var (unit, leader) = await BoundChatsAsync();

        await SayAsync(unit, "汇报 11", "本期进展状态是？");
        await unit.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "滞后" }).ClickAsync();
        await Expect(Transcript(unit)).ToContainTextAsync("请简要说明本期进展情况");
        await SayAsync(unit, "完成土地平整2.3万亩", "目标为 8.2万亩");
        await SayAsync(unit, "3.2万亩", "存在哪些问题");
        await SayAsync(unit, "水源未落实 [详情](http://evil.example) <b>急</b> <at>康锐</at> =A1*2", "下步计划");
        await SayAsync(unit, "加快灌溉配套", "需要领导协调");
        await SayAsync(unit, "请协调水利局落实水源", "确认提交吗");
        await unit.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "是" }).ClickAsync();
        await Expect(Transcript(unit)).ToContainTextAsync("已提交第11项本期");
        await unit.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-report.png"), FullPage = true });

        await SayAsync(leader, "哪些任务滞后", "单位自报滞后");
        await Expect(Transcript(leader)).ToContainTextAsync("#11 高质量推进8.2万亩高标准农田建设：单位自报滞后");
        // What the unit typed reads as typed: no link behind other words, no bold, no mention made of it. (Web Chat
        // still turns a bare address into a link showing that address, with zero-width spaces around it.)
        await Expect(Transcript(leader)).ToContainTextAsync("（单位反映：水源未落实 [详情](");
        await Expect(Transcript(leader)).ToContainTextAsync(") <b>急</b> <at>康锐</at> =A1*2）");
        await Expect(leader.Locator(".webchat__basic-transcript a", new() { HasText = "详情" })).ToHaveCountAsync(0);
        await Expect(leader.Locator(".webchat__basic-transcript b, .webchat__basic-transcript at")).ToHaveCountAsync(0);
        await leader.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-behind.png"), FullPage = true });
    }

    [Fact]
    public async Task A_leader_answers_a_coordination_request_with_an_instruction_and_the_unit_sees_it()
    {
        var (unit, leader) = await BoundChatsAsync();

        await SayAsync(unit, "汇报 11：正常推进，完成土地平整2.3万亩，完成情况：60%，问题：无，下步：加快灌溉配套，协调：请协调水利局落实灌溉水源", "请核对");
        await unit.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "是" }).ClickAsync();
        await Expect(Transcript(unit)).ToContainTextAsync("已提交第11项本期");

        await Expect(Transcript(leader)).ToContainTextAsync("需协调事项 #1");
        await Expect(Transcript(leader)).ToContainTextAsync("旗农牧局在「#11 高质量推进8.2万亩高标准农田建设」的汇报中提出：请协调水利局落实灌溉水源");
        await leader.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "批示" }).ClickAsync();
        await Expect(Transcript(leader)).ToContainTextAsync("请输入对协调事项 #1 的批示内容");
        await SayAsync(leader, "请水利局本周内对接，确保月底前通水", "已记录：协调事项 #1 批示");

        await Expect(Transcript(unit)).ToContainTextAsync("领导批示 #1");
        await Expect(Transcript(unit)).ToContainTextAsync("批示：请水利局本周内对接，确保月底前通水");
        await unit.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-coordination.png"), FullPage = true });
    }

    /// <summary>The seed plan imported, and two chats: 旗农牧局's reporter and 康锐 (task 11's lead unit and leader).</summary>
    private async Task<(IPage Unit, IPage Leader)> BoundChatsAsync()
    {
        var import = await Shell.RunAsync(_store, "import", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--year", "2025");
        Assert.Equal(0, import.ExitCode);
        var unit = await OpenChatAsync();
        await SayAsync(unit, "绑定 " + await Shell.InviteAsync(_store, "--unit", "旗农牧局"), "「旗农牧局」的报送人");
        var leader = await OpenChatAsync();
        await SayAsync(leader, "绑定 " + await Shell.InviteAsync(_store, "--leader", "康锐"), "康锐同志");
        return (unit, leader);
    }

    // Web Chat's upload button is a file input: Playwright sets its file as a person choosing it would; Web Chat holds
    // it in the send box until 发送 and then posts it to TaskBot's Direct Line upload.
    [Fact]
    public async Task The_office_uploads_a_word_plan_confirms_and_downloads_the_ledger()
    {
        var officeCode = await Shell.InviteAsync(_store, "--office");
        var office = await OpenChatAsync();
        await SayAsync(office, "绑定 " + officeCode, "督查室");

        await office.Locator("input[type='file']").SetInputFilesAsync(WordPlan());
        await office.Locator("button.webchat__send-button").ClickAsync();
        await Expect(Transcript(office)).ToContainTextAsync("确认导入吗？");
        await SayAsync(office, "是", "已导入");
        await SayAsync(office, "导出台账", "台账");
        var link = await office.Locator(".webchat__basic-transcript a[href*='/files?ticket=']").Last.GetAttributeAsync("href");
        var download = await office.Context.APIRequest.GetAsync(link!);
        await office.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-upload-ledger.png"), FullPage = true });

        Assert.True(download.Ok, $"{download.Status} {link}");
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-browser-").FullName, "台账.xlsx");
        await File.WriteAllBytesAsync(path, await download.BodyAsync());
        using var ledger = new TaskBot.Tests.Documents.WorkbookReader(path);
        Assert.Equal("序号", ledger.Text("台账", "A1"));
        Assert.Equal("1", ledger.Cell("台账", "A2").CellValue!.Text);
        Assert.StartsWith("坚持以习近平新时代中国特色社会主义思想为指导", ledger.Text("台账", "B2"));
        Assert.Equal("44", ledger.Cell("台账", "A45").CellValue!.Text);
    }

    /// <summary>Seed 000 as a Word document: its paragraphs, the task headings numbered by Word's list numbering.</summary>
    private static string WordPlan()
    {
        var word = new TaskBot.Tests.Documents.WordFile();
        foreach (var line in File.ReadAllLines(RepoFiles.Seed("000_bd77716a55a06823.txt")).Where(l => l.Trim().Length > 0))
            word.Paragraph(line.Trim());
        return word.Save("分解方案.docx");
    }

    // Each chat its own browser context: its own storage, so its own Direct Line conversation and user.
    private async Task<IPage> OpenChatAsync()
    {
        var context = await _browser.NewContextAsync(
            new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 1400 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.Urls.First() + "/");
        await Expect(Transcript(page)).ToContainTextAsync("TaskBot 督办助手");
        return page;
    }

    /// <remarks>
    /// Waits for the reply to appear once more than before: the report's form card already shows every question's
    /// words (下步计划…), and the next message must not go out before the bot has answered this one.
    /// </remarks>
    private static async Task SayAsync(IPage page, string text, string expectedReply)
    {
        var before = (await Transcript(page).InnerTextAsync()).Split(expectedReply).Length - 1;
        await page.Locator("[data-id='webchat-sendbox-input']").FillAsync(text);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync(
            "([reply, before]) => document.querySelector('.webchat__basic-transcript').innerText.split(reply).length - 1 > before",
            new object[] { expectedReply, before }, new() { Timeout = 30_000 });
    }

    private static ILocator Transcript(IPage page) => page.Locator(".webchat__basic-transcript");

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
