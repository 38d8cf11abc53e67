using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>Unit reporters bound the way the office binds them (a code each, said in the chat), and the report dialog's answers.</summary>
public static class Reporters
{
    public const string Unit = "苏里格经济开发区";

    /// <summary>The task B1 and B2 report on.</summary>
    public const int ReportedTask = 7;

    private static readonly string[] Answers = ["正常推进", "完成土地平整2.3万亩，开工5个标段", "50%", "部分地块灌溉水源未落实", "加快推进灌溉配套", "无", "是"];

    /// <summary>A task's first report: start, six answers, confirmation; each line one turn of the report dialog.</summary>
    public static string[] FirstReport(int task) => [$"汇报 {task}", .. Answers];

    /// <summary>A report on a task reported before: asked 本期有变化吗, the reporter starts over (重新填写) and answers all six.</summary>
    public static string[] ReportAgain(int task) => [$"汇报 {task}", "重新填写", .. Answers];

    public static async Task<List<ChannelChat>> BindAsync(BenchServer server, HttpClient http, string peerUrl, int count, string prefix)
    {
        var unit = await server.WithScopeAsync(sp => sp.GetRequiredService<TaskQueries>().FindUnitAsync(Unit, CancellationToken.None))
            ?? throw new InvalidOperationException($"no unit {Unit}");
        var chats = new List<ChannelChat>(count);
        foreach (var batch in Enumerable.Range(0, count).Chunk(32))
            chats.AddRange(await Task.WhenAll(batch.Select(async i =>
            {
                var invitation = new Invitation(Invitation.NewCode(), MemberRole.UnitReporter, unit.Id, null, DateTimeOffset.UtcNow.AddDays(1));
                await server.WithScopeAsync(async sp =>
                {
                    await sp.GetRequiredService<IPeopleStore>().AddInvitationAsync(invitation, CancellationToken.None);
                    return 0;
                });
                var chat = new ChannelChat(http, server.Url, peerUrl, $"{prefix}-{i}");
                await chat.SayAsync("绑定 " + invitation.Code);
                return chat;
            })));
        return chats;
    }
}
