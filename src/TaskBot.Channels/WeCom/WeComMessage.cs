using System.Xml;
using System.Xml.Linq;

namespace TaskBot.Channels.WeCom;

/// <summary>A decrypted 企业微信 callback (接收消息): a member's message to the app, or an event such as a card button's click.</summary>
public sealed record WeComMessage(string ToUserName, string FromUserName, long CreateTime, string MsgType, int? AgentId)
{
    public string? Content { get; init; }
    public string? MsgId { get; init; }
    public string? Event { get; init; }
    public string? EventKey { get; init; }
    public string? TaskId { get; init; }

    public bool IsText => MsgType == "text";
    public bool IsButtonClick => MsgType == "event" && Event == "template_card_event";

    /// <summary>The same delivery always has the same id: the message id, or for an event who clicked what and when
    /// (the platform's advice).</summary>
    public string DeliveryId => MsgId ?? $"event:{FromUserName}:{CreateTime}:{Event}:{TaskId}:{EventKey}";

    /// <summary>Null when the XML is not a message.</summary>
    public static WeComMessage? Parse(string xml)
    {
        var root = Load(xml);
        if (root is null || Field(root, "FromUserName") is not { Length: > 0 } from || Field(root, "MsgType") is not { Length: > 0 } type)
            return null;
        return new WeComMessage(Field(root, "ToUserName") ?? "", from, long.TryParse(Field(root, "CreateTime"), out var at) ? at : 0, type,
            int.TryParse(Field(root, "AgentID"), out var agent) ? agent : null)
        {
            Content = Field(root, "Content"), MsgId = Field(root, "MsgId"), Event = Field(root, "Event"),
            EventKey = Field(root, "EventKey"), TaskId = Field(root, "TaskId"),
        };
    }

    /// <summary>The outer callback body's Encrypt field (and the receiving AgentID it names).</summary>
    public static (string Encrypted, int? AgentId)? Envelope(string xml) =>
        Load(xml) is { } root && Field(root, "Encrypt") is { Length: > 0 } encrypted
            ? (encrypted, int.TryParse(Field(root, "AgentID"), out var agent) ? agent : null) : null;

    private static XElement? Load(string xml)
    {
        // No DTDs: entities from a callback must never be expanded.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1_000_000 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Field(XElement root, string name) => root.Element(name)?.Value;
}
