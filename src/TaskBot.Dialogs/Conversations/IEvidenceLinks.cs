using TaskBot.Domain.Evidence;
using TaskBot.Domain.People;

namespace TaskBot.Dialogs.Conversations;

/// <summary>Signed, short-lived download links to evidence files; each checks, when opened, that the member may see the task.</summary>
public interface IEvidenceLinks
{
    FileLink For(Member member, EvidenceFile file);
}
