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

    /// <summary>One full report on task 7: each answer is one turn of the report dialog.</summary>
    public static readonly string[] ReportTurns = ["汇报 7", "正常推进", "完成土地平整2.3万亩，开工5个标段", "50%", "部分地块灌溉水源未落实", "加快推进灌溉配套", "无", "是"];

    public static async Task<List<ChannelChat>> BindAsync(BenchServer server, HttpClient http, string peerUrl, int count, string prefix)
    {
        var unit = await server.WithScopeAsync(sp => sp.GetRequiredService<TaskQueries>().FindUnitAsync(Unit, CancellationToken.None))
            ?? throw new InvalidOperationException($"no unit {Unit}");
        var chats = new List<ChannelChat>(count);
        foreach (var batch in Enumerable.Range(0, count).Chunk(32))
            chats.AddRange(await Task.WhenAll(batch.Select(async i =>
            {
                var invitation = new Invitation(Invitation.NewCode(), MemberRole.UnitReporter, unit.Id, null, DateTimeOffset.UtcNow.AddDays(1));
                await server.WithScopeAsync(async sp => { await sp.GetRequiredService<IPeopleStore>().AddInvitationAsync(invitation, CancellationToken.None); return 0; });
                var chat = new ChannelChat(http, server.Url, peerUrl, $"{prefix}-{i}");
                await chat.SayAsync("绑定 " + invitation.Code);
                return chat;
            })));
        return chats;
    }
}
