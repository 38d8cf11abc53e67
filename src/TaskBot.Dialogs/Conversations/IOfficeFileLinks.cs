using TaskBot.Domain.People;

namespace TaskBot.Dialogs.Conversations;

/// <summary>Signed, short-lived download links to what the office files; each works once, for the office only.</summary>
public interface IOfficeFileLinks
{
    FileLink For(Member member, OfficeFileKind kind);
}
