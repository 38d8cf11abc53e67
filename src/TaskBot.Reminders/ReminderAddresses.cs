using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Outbox;
using TaskBot.Reminders;
using TaskBot.Words;
using TaskBot.Domain.People;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders.Delivery;
using TaskBot.Reminders.Robots;

namespace TaskBot.Reminders;

/// <summary>
/// Turns reminders into outbox messages: a person's goes to their one-to-one conversation with the bot, in their
/// language; a unit group's goes to each robot set up for the unit.
/// </summary>
public sealed class ReminderAddresses(IConversationReferenceStore references, ReminderMessages messages, BotText text)
{
    /// <summary>The messages, and the reminders whose person has no conversation to write to.</summary>
    public async Task<(IReadOnlyList<OutboxMessage> Messages, IReadOnlyList<Reminder> Unreachable)> AddressAsync(
        IReadOnlyList<Reminder> reminders, IReadOnlyDictionary<string, int> robotUnits, CancellationToken cancellationToken)
    {
        var conversations = await ConversationsAsync(reminders.Select(r => r.Recipient.Member).OfType<Member>(), cancellationToken);
        var queued = new List<OutboxMessage>();
        var unreachable = new List<Reminder>();
        foreach (var reminder in reminders)
        {
            if (reminder.Recipient.Member is { } member)
            {
                if ((conversations.GetValueOrDefault((member.ChannelId, member.UserId)) ?? Personal(member)) is { } reference)
                {
                    var envelope = new BotEnvelope(reference, messages.ToActivity(reminder, reference.Locale, ShowsImages(reference.ChannelId)));
                    queued.Add(Message(reminder, reminder.Recipient.Key, envelope.Destination, envelope.ToJson(), Who(member, reminder)));
                }
                else unreachable.Add(reminder);
                continue;
            }
            foreach (var sink in robotUnits.Where(r => r.Value == reminder.Recipient.Group!.Id).Select(r => r.Key))
                queued.Add(Message(reminder, RobotDelivery.Destination(sink), RobotDelivery.Destination(sink),
                    messages.ToGroupText(reminder, text.DefaultLocale), $"{reminder.Recipient.Group!.Name} / {sink}"));
        }
        return (queued, unreachable);
    }

    /// <summary>A chat the platform opens by the member's id alone: 钉钉's robot API, for a member who wrote in groups only.</summary>
    private ConversationReference? Personal(Member member) => member.ChannelId == Channels.DingTalk.DingTalkChannel.ChannelId
        ? Channels.DingTalk.DingTalkChannel.Personal(member.UserId, member.Name, text.DefaultLocale) : null;

    // 企业微信 and 钉钉 app messages are sent as markdown text: a picture would need the platform's media upload.
    private static bool ShowsImages(string? channelId) =>
        channelId is not (Channels.WeCom.WeComChannel.ChannelId or Channels.DingTalk.DingTalkChannel.ChannelId);

    public static string Who(Member member, Reminder reminder) =>
        reminder.Unit is { } unit && member.Role == MemberRole.UnitReporter
            ? $"{member.Name ?? member.UserId}（{unit.Name}）"
            : member.Name ?? member.UserId;

    private static OutboxMessage Message(Reminder r, string recipient, string destination, string payload, string who) =>
        new(r.Kind.ToString(), r.Occasion, r.Subject, recipient, destination, payload, who);

    private async Task<Dictionary<(string, string), ConversationReference>> ConversationsAsync(IEnumerable<Member> members,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), ConversationReference>();
        foreach (var channel in members.DistinctBy(m => m.Id).GroupBy(m => m.ChannelId))
            foreach (var (userId, reference) in await references.FindPersonalAsync(channel.Key, [.. channel.Select(m => m.UserId)],
                         cancellationToken))
                found[(channel.Key, userId)] = reference;
        return found;
    }
}
