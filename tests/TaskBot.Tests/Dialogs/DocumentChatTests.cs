using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>The office's files in chat: a plan sent as a file and imported on confirmation, 导出台账 links, the 通报's file and chart.</summary>
[Collection(TestCollections.Prompts)]
public abstract class DocumentChatTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private const string Deadline = "完成时限：2025年12月底前，持续推进";

    /// <summary>The seed plan with task 1's deadline moved to November: importing it updates one task.</summary>
    private static byte[] EditedPlan()
    {
        var text = File.ReadAllText(EditedSeed(s => s));
        var at = text.IndexOf(Deadline, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(text[..at] + "完成时限：2025年11月底前，持续推进" + text[(at + Deadline.Length)..]);
    }

    private Task<DateOnly?> DeadlineOfTask1Async() => Bot.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!.Task(1)!.Deadline);

    private Activity FileMessage(Chat chat, byte[] content, string name)
    {
        Peer.Serve("/files/" + name, http => http.Response.Body.WriteAsync(content).AsTask());
        var message = chat.Message(null);
        message.Attachments = [new Attachment { ContentType = "text/plain", ContentUrl = Peer.Url + "files/" + name, Name = name }];
        return message;
    }

    [Fact]
    public async Task The_office_sends_a_plan_file_sees_the_dry_run_summary_and_imports_on_confirmation()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var summary = (await office.SendAsync(FileMessage(office, EditedPlan(), "plan.txt"))).Texts();

        Assert.Contains("任务：新增 0 项，更新 1 项，不变 43 项，撤销 0 项，恢复 0 项", summary);
        Assert.Contains("第1项更新：deadline", summary);
        Assert.Contains("确认导入吗？", summary);
        Assert.Equal(new DateOnly(2025, 12, 31), await DeadlineOfTask1Async());  // nothing stored yet

        var done = (await office.SayAsync("是")).Texts();

        Assert.Contains("已导入", done);
        Assert.Equal(new DateOnly(2025, 11, 30), await DeadlineOfTask1Async());
    }

    [Theory]
    [InlineData("zh-CN", "文件年份2025年已过，按2026年督办", "（2026）：新方案", "是")]
    [InlineData("en-US", "the document's year 2025 is over: supervised in 2026", "(2026): a new plan", "yes")]
    public async Task Last_years_plan_is_supervised_this_year_and_sent_again_updates_that_plan(
        string locale, string moved, string created, string yes)
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var office = await BoundChatAsync(MemberRole.Office, locale: locale);

        var first = (await office.SendAsync(FileMessage(office, EditedPlan(), "plan.txt"))).Texts();
        Assert.Contains(moved, first);
        Assert.Contains(created, first);
        await office.SayAsync(yes);
        var summary = (await office.SendAsync(FileMessage(office, EditedPlan(), "plan2.txt"))).Texts();

        Assert.Contains(moved, summary);
        Assert.DoesNotContain(created, summary);
        var plans = await Bot.WithScopeAsync(sp => Task.FromResult(sp.Db().Set<Domain.Plans.Plan>().Select(p => p.Year).ToList()));
        Assert.Single(plans, y => y == 2026);
    }

    [Fact]
    public async Task A_file_that_is_no_plan_gets_one_line_and_nothing_is_imported()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var replies = (await office.SendAsync(FileMessage(office, "just a note\n"u8.ToArray(), "note.txt"))).Texts();

        Assert.Contains("无法读取「note.txt」", replies);
        Assert.DoesNotContain("确认导入", replies);
    }

    private const string Misnumbered = "2025年重点工作任务分解表\n序号\t重点工作任务\t牵头单位\n1\t任务一。\t旗农牧局\n"
        + "2\t任务二。\t旗农牧局\n11\t任务三。\t旗农牧局\n";

    [Fact]
    public async Task A_row_numbered_out_of_order_is_named_by_the_files_own_line_in_the_offices_words()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var replies = (await office.SendAsync(FileMessage(office, System.Text.Encoding.UTF8.GetBytes(Misnumbered), "plan.tsv"))).Texts();

        Assert.Contains("无法读取「plan.tsv」：第5行：序号应为3，实为11。", replies);
        Assert.DoesNotContain("确认导入", replies);
    }

    [Fact]
    public async Task In_English_a_row_numbered_out_of_order_is_named_by_the_files_own_line()
    {
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        var replies = (await office.SendAsync(FileMessage(office, System.Text.Encoding.UTF8.GetBytes(Misnumbered), "plan.txt"))).Texts();

        Assert.Contains("line 5: the 序号 should be 3 but is 11.", replies);
    }

    [Fact]
    public async Task A_unit_sending_a_plan_file_is_refused()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var replies = (await unit.SendAsync(FileMessage(unit, EditedPlan(), "plan.txt"))).Texts();

        Assert.Contains("只有政府办督查室可以导入", replies);
        Assert.Equal(new DateOnly(2025, 12, 31), await DeadlineOfTask1Async());
    }

    [Fact]
    public async Task The_ledger_link_downloads_the_workbook_once_for_the_office()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var url = LinkIn((await office.SayAsync("导出台账")).Texts());
        using var first = await Bot.Client.GetAsync(url);
        using var second = await Bot.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await first.Content.ReadAsByteArrayAsync()), false))
            Assert.Equal("台账", workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Name!.Value);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
    }

    [Fact]
    public async Task Others_are_refused_the_ledger_and_a_link_stops_working_when_the_office_unbinds()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("仅供政府办督查室使用", (await unit.SayAsync("导出台账")).Texts());

        var office = await BoundChatAsync(MemberRole.Office);
        var url = LinkIn((await office.SayAsync("导出台账")).Texts());
        await office.SayAsync("解绑");
        await office.SayAsync("是");
        using var response = await Bot.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_chat_bulletin_says_how_many_more_are_behind_and_offers_the_file_and_a_chart()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var reply = Assert.Single(await office.SayAsync("通报"));

        Assert.Contains("另有 34 项滞后任务未列出", reply.Text);  // 44 unreported tasks, 10 listed
        using var file = await Bot.Client.GetAsync(LinkIn(reply.Text!));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("第1期", document.MainDocumentPart!.Document.Body!.InnerText);
        var chart = Assert.Single(reply.Attachments!);
        Assert.Equal("image/png", chart.ContentType);
        using var png = await Bot.Client.GetAsync(new Uri(chart.ContentUrl!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Over_direct_line_the_office_uploads_a_plan_confirms_and_it_is_imported()
    {
        var (token, conversation) = await StartDirectLineAsync();
        await PostDirectLineAsync(conversation, token, "绑定 " + await InviteAsync(MemberRole.Office));

        var upload = new MultipartFormDataContent { { new ByteArrayContent(EditedPlan()), "file", "plan.txt" } };
        using (var uploaded = await DirectLineAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/upload?userId=u1", token, upload))
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var afterUpload = await BotTextsAsync(conversation, token);
        Assert.Contains("更新 1 项", afterUpload);
        Assert.Contains("确认导入吗？", afterUpload);

        await PostDirectLineAsync(conversation, token, "是");

        Assert.Contains("已导入", await BotTextsAsync(conversation, token));
        Assert.Equal(new DateOnly(2025, 11, 30), await DeadlineOfTask1Async());
    }

    [Fact]
    public async Task A_direct_line_upload_of_a_refused_type_or_to_another_conversation_is_refused()
    {
        var (token, conversation) = await StartDirectLineAsync();

        var exe = new MultipartFormDataContent { { new ByteArrayContent([0x4D, 0x5A]), "file", "setup.exe" } };
        using var refused = await DirectLineAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/upload", token, exe);
        var other = new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "plan.txt" } };
        using var elsewhere = await DirectLineAsync(HttpMethod.Post, "/v3/directline/conversations/someone-else/upload", token, other);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    private static string LinkIn(string text)
    {
        var at = text.IndexOf("http", StringComparison.Ordinal);
        var end = text.IndexOfAny([' ', '\n'], at);
        return new Uri(end < 0 ? text[at..] : text[at..end]).PathAndQuery;
    }

    /// <summary>A conversation as the Web Chat page starts one: its token, then the conversation.</summary>
    private async Task<(string Token, string ConversationId)> StartDirectLineAsync()
    {
        using var tokenResponse = await Bot.Client.PostAsJsonAsync("/webchat/token", new { token = (string?)null });
        var session = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        var (token, conversation) = (session["token"]!.GetValue<string>(), session["conversationId"]!.GetValue<string>());
        using (await DirectLineAsync(HttpMethod.Post, "/v3/directline/conversations", token, null)) { }
        return (token, conversation);
    }

    private async Task<HttpResponseMessage> DirectLineAsync(HttpMethod method, string path, string token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Bot.Client.SendAsync(request);
    }

    private async Task PostDirectLineAsync(string conversation, string token, string text)
    {
        using var response = await DirectLineAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities", token,
            JsonContent.Create(new { type = "message", text, from = new { id = "u1", role = "user" }, locale = "zh-CN" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The bot's messages so far in the conversation, newest last.</summary>
    private async Task<string> BotTextsAsync(string conversation, string token)
    {
        using var response = await DirectLineAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities", token, null);
        var activities = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return string.Join("\n", activities.Where(a => a!["from"]?["role"]?.GetValue<string>() == "bot").Select(a => a!["text"]?.GetValue<string>()));
    }
}

public sealed class SqliteDocumentChatTests(PostgresServer postgres) : DocumentChatTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlDocumentChatTests(PostgresServer postgres) : DocumentChatTests(postgres, StorageProvider.PostgreSql);
