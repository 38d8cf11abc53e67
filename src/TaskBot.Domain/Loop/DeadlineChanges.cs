namespace TaskBot.Domain.Loop;

/// <summary>
/// A task's deadline history: the approved 延期 requests (and the office's changes) that moved it, oldest first. A
/// request approved after another had already moved the deadline to its date (a duplicate left pending) changed
/// nothing, and is not a change of its own.
/// </summary>
public static class DeadlineChanges
{
    public static IReadOnlyList<ExtensionRequest> Of(IEnumerable<ExtensionRequest> requests)
    {
        var changes = new List<ExtensionRequest>();
        foreach (var request in requests.Where(r => r.Approved == true).OrderBy(r => r.DecidedAt).ThenBy(r => r.Id))
            if (changes.Count == 0 || changes[^1].NewDeadline != request.NewDeadline) changes.Add(request);
        return changes;
    }
}
