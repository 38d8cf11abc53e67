using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Channel;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>TaskBot with the 2025 乌审旗 plan imported and the clock at 09:00 on Tuesday 1 July 2025 (ISO week 27), China time.</summary>
public abstract class SupervisionTestBase(PostgresServer postgres, StorageProvider provider) : ChannelTestBase(postgres, provider)
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override string TemplateKey => StoreTemplates.Seed2025;

    protected override Task PrepareTemplateAsync(TestStore store) => StoreTemplates.ImportSeed2025Async(store);

    /// <summary>A copy of the 2025 seed plan with an edit, in a temporary file, for importing.</summary>
    protected static string EditedSeed(Func<string, string> edit)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, edit(File.ReadAllText(RepoFiles.Seed("000_bd77716a55a06823.txt"))));
        return path;
    }

    /// <summary>A code issued the way the office issues one, at the test's clock.</summary>
    protected Task<string> InviteAsync(MemberRole role, string? name = null) => Bot.WithScopeAsync(async sp =>
    {
        var queries = sp.GetRequiredService<TaskQueries>();
        var unit = role == MemberRole.UnitReporter ? await queries.FindUnitAsync(name!, CancellationToken.None) : null;
        var leader = role == MemberRole.Leader ? await queries.FindLeaderAsync(name!, CancellationToken.None) : null;
        var invitation = new Invitation(Invitation.NewCode(), role, unit?.Id, leader?.Id, Clock.GetUtcNow().AddDays(7));
        await sp.GetRequiredService<IPeopleStore>().AddInvitationAsync(invitation, CancellationToken.None);
        return invitation.Code;
    });

    /// <summary>A new conversation whose user is bound to the role.</summary>
    protected async Task<Chat> BoundChatAsync(MemberRole role, string? name = null, string locale = "zh-CN")
    {
        var chat = NewChat(locale);
        var replies = await chat.SayAsync((locale == "zh-CN" ? "绑定 " : "bind ") + await InviteAsync(role, name));
        Assert.NotEmpty(replies);
        return chat;
    }

    protected Task<int> ReportCountAsync(bool includingSuperseded = true) => Bot.WithScopeAsync(sp =>
        Task.FromResult(sp.Db().Set<Domain.Reports.ProgressReport>().Count(r => includingSuperseded || !r.Superseded)));

    /// <summary>Reports on a task in one message, as a unit head would, and answers the read-back; returns the replies to that answer.</summary>
    protected static async Task<IReadOnlyList<BotFramework.Schema.Activity>> ReportAsync(Chat chat, int number, string status, string? completion,
        string confirm = "是", string problems = "部分地块灌溉水源未落实")
    {
        var howFar = completion is null ? "" : $"，完成情况：{completion}";
        var readBack = await chat.SayAsync($"汇报 {number}：{status}，完成土地平整2.3万亩，开工5个标段{howFar}，问题：{problems}，下步：加快推进灌溉配套，协调：无");
        Assert.Contains("请核对", readBack.Texts());
        return await chat.SayAsync(confirm);
    }
}
