using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Data.Conversations;
using TaskBot.Domain.People;

namespace TaskBot.Tests.Infrastructure;

/// <summary>Many bound unit reporters, each with the personal conversation a channel would have given TaskBot, at the peer's address.</summary>
public static class Recipients
{
    public const string ChannelId = "test";

    /// <summary>Binds <paramref name="count"/> reporters round the plan's units; returns their conversation ids.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(TaskBotDbContext db, int count, string serviceUrl)
    {
        var units = await db.Units.Where(u => u.Kind != Domain.Units.UnitKind.Collective).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var conversations = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (user, conversation) = ($"reporter-{i}", $"personal-{i}");
            db.Add(new Member(ChannelId, user, $"联络员{i}", MemberRole.UnitReporter, units[i % units.Count], null, now));
            db.ConversationReferences.Add(Reference(serviceUrl, user, conversation, now));
            conversations.Add(conversation);
        }
        await db.SaveChangesAsync();
        return conversations;
    }

    /// <summary>The personal conversation a channel would have given TaskBot for <paramref name="user"/>, at <paramref name="serviceUrl"/>.</summary>
    public static ConversationReferenceRecord Reference(string serviceUrl, string user, string conversation, DateTimeOffset now) => new()
    {
        ChannelId = ChannelId, ConversationId = conversation, UserId = user, UpdatedAt = now,
        Json = ActivityJson.Serialize(new ConversationReference
        {
            ChannelId = ChannelId, ServiceUrl = serviceUrl, Conversation = new ConversationAccount { Id = conversation },
            User = new ChannelAccount { Id = user }, Bot = new ChannelAccount { Id = "bot", Name = "TaskBot" }, Locale = "zh-CN",
        }),
    };
}
