using TaskBot.Domain.Leaders;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>A bound member with their unit or leader resolved: what they may see and report on.</summary>
public sealed record Viewer(Member Member, Unit? Unit, Leader? Leader)
{
    /// <summary>A unit sees its tasks (directly or through a collective such as 各苏木镇), a leader the tasks they lead, the office all.</summary>
    public bool Sees(TaskItem task) => Member.Role switch
    {
        MemberRole.Office => true,
        MemberRole.Leader => Leader is not null && task.IsLedBy(Leader),
        _ => Unit is not null && task.Concerns(Unit),
    };

    /// <summary>
    /// Who did it, as people read it (报送人): the person's name, else their unit's or leader's; never the chat's user id
    /// (dl_3df6…), which a Web Chat user without a display name would otherwise be known by.
    /// </summary>
    public string Signature => Member.Name is { Length: > 0 } name && name != Member.UserId ? name
        : Unit?.Name ?? Leader?.Name ?? Member.UserId;

    /// <summary>Who an answer on a desk is from (马亚栋批示, 旗水利局答复): the leader or the unit it speaks for, else the person.</summary>
    public string AnswersAs => Leader?.Name ?? Unit?.Name ?? Signature;

    public bool MayReport => Member.Role == MemberRole.UnitReporter && Unit is not null;

    public bool MayReportOn(TaskItem task) => MayReport && task.Concerns(Unit!);

    /// <summary>Whether this unit's report is the task's report (a lead unit's) rather than a co-unit's.</summary>
    public bool LeadsTask(TaskItem task) => Unit is not null && task.AnsweringUnits.Any(u => u.Includes(Unit));
}
