using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Dialogs;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Plans;

/// <summary>
/// A list whose tasks stand under chapters (一、坚定不移抓项目扩投资) beside the 2025 plan: the chat names a task's
/// chapter in its detail, and lists spanning several chapters carry one heading line per chapter.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class ChapterChatTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private const string Investment = "坚定不移抓项目扩投资";
    private const string Welfare = "坚定不移抓民生增福祉";

    private const string Chaptered = $"""
        2025年领导批示事项督办清单
        一、{Investment}
        1.落实旗委主要领导批示，完成退化草原修复5万亩。
        牵头领导：康锐
        牵头单位：旗农牧局
        完成时限：2025年12月底前
        2.落实旗长批示，推进肉牛产业链招商。
        牵头领导：康锐
        牵头单位：旗农牧局
        完成时限：2025年12月底前
        二、{Welfare}
        3.落实批示，建设冷链物流配送中心。
        牵头领导：康锐
        牵头单位：旗农牧局
        完成时限：2025年12月底前
        """;

    private async Task ImportAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chapters-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Chaptered);
        var result = await Shell.RunAsync(Store, Clock, "import", path, "--list", "领导批示", "--kind", "instruction", "--year", "2025", "--org", "乌审旗");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public async Task The_task_detail_names_its_chapter()
    {
        await ImportAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains($"所属章节：{Welfare}", (await farm.SayAsync("看看批示第3项")).Texts());
        Assert.DoesNotContain("所属章节", (await farm.SayAsync("11号")).Texts());
    }

    [Fact]
    public async Task My_tasks_across_chapters_carry_one_heading_line_per_chapter_in_the_same_message()
    {
        await ImportAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var replies = await farm.SayAsync("我的任务");

        var text = Assert.Single(replies).Text!;
        Assert.Contains($"**【{Investment}】**\n**#1** ［领导批示］落实旗委主要领导批示", text);
        Assert.Contains($"**【{Welfare}】**\n**#3** ［领导批示］落实批示", text);
        Assert.Contains("**【其他任务】**\n**#11** 高质量推进8.2万亩高标准农田建设", text);
        Assert.Equal(1, Count(text, $"【{Investment}】"));
        Assert.Equal(1, Count(text, "【其他任务】"));
    }

    [Fact]
    public async Task A_leaders_task_list_across_chapters_carries_the_headings_and_a_list_in_one_chapter_none()
    {
        await ImportAsync();
        var office = await BoundChatAsync(MemberRole.Office);
        var housing = await BoundChatAsync(MemberRole.UnitReporter, "旗住建局");

        var kang = (await office.SayAsync("康锐的任务有哪些")).Texts();

        Assert.Contains($"**【{Investment}】**\n", kang);
        Assert.Contains($"**【{Welfare}】**\n", kang);
        Assert.Equal(1, Count(kang, $"【{Welfare}】"));
        Assert.DoesNotContain("**【", (await housing.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task In_English_the_chapter_is_named_and_headed()
    {
        await ImportAsync();
        var farm = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");

        Assert.Contains($"Chapter: {Welfare}", (await farm.SayAsync("details 领导批示3")).Texts());
        Assert.Contains($"**[{Investment}]**\n", (await farm.SayAsync("my tasks")).Texts());
    }
}

public sealed class SqliteChapterChatTests(PostgresServer postgres) : ChapterChatTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlChapterChatTests(PostgresServer postgres) : ChapterChatTests(postgres, StorageProvider.PostgreSql);
