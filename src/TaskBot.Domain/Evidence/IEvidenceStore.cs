namespace TaskBot.Domain.Evidence;

public interface IEvidenceStore
{
    /// <summary>Keeps the file and its content (in the database, or in the folder Storage:Files names).</summary>
    Task AddAsync(EvidenceFile file, byte[] content, CancellationToken cancellationToken);

    Task UpdateAsync(EvidenceFile file, CancellationToken cancellationToken);

    Task<EvidenceFile?> FindAsync(int id, CancellationToken cancellationToken);

    Task<IReadOnlyList<EvidenceFile>> ManyAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>The task's files, newest first.</summary>
    Task<IReadOnlyList<EvidenceFile>> ForTaskAsync(int taskItemId, CancellationToken cancellationToken);

    /// <summary>The unit's files on the task that wait for its next report.</summary>
    Task<IReadOnlyList<EvidenceFile>> WaitingAsync(int taskItemId, int unitId, CancellationToken cancellationToken);

    /// <summary>Hands the unit's files on the task that wait for its next report to this one.</summary>
    Task HandWaitingAsync(int taskItemId, int unitId, int reportId, CancellationToken cancellationToken);

    Task<byte[]?> ContentAsync(int id, CancellationToken cancellationToken);
}
