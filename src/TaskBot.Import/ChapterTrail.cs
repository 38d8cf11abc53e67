namespace TaskBot.Import;

/// <summary>
/// The chapter headings above the current task, outermost first. A heading replaces the one of its own kind and
/// every deeper one (二、 ends 一、's （一）…), so a task's chapter reads 坚定不移抓项目扩投资 / 重大项目.
/// </summary>
public sealed class ChapterTrail
{
    private const string Separator = " / ";
    private readonly List<(NumberKind? Kind, string Title)> _levels = [];

    public string? Current => _levels.Count == 0 ? null : string.Join(Separator, _levels.Select(l => l.Title));

    public void Enter(string heading)
    {
        var kind = NumberedLine.Of(heading)?.Kind;
        var at = _levels.FindIndex(l => l.Kind == kind);
        if (at >= 0) _levels.RemoveRange(at, _levels.Count - at);
        var title = NumberedLine.ChapterTitle(heading);
        if (title.Length > 0) _levels.Add((kind, title));
    }
}
