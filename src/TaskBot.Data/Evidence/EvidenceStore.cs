using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskBot.Data.Loop;
using TaskBot.Domain.Evidence;

namespace TaskBot.Data.Evidence;

/// <summary>
/// Evidence files with their content in the database, or, when Storage:Files names a folder, in that folder under a
/// name of TaskBot's choosing (never the sender's), written before the turn commits.
/// </summary>
public sealed class EvidenceStore(TaskBotDbContext db, IOptions<StorageOptions> storage) : IEvidenceStore
{
    private string? Folder => storage.Value.Files is { Length: > 0 } folder ? folder : null;

    public async Task AddAsync(EvidenceFile file, byte[] content, CancellationToken cancellationToken)
    {
        await db.AddDetachedAsync(file, cancellationToken);
        var record = new EvidenceContentRecord { EvidenceFileId = file.Id };
        if (Folder is { } folder)
        {
            record.StoredName = $"{Guid.NewGuid():N}{EvidenceTypes.Extension(file.Type)}";
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, record.StoredName), content, cancellationToken);
        }
        else record.Content = content;
        await db.AddDetachedAsync(record, cancellationToken);
    }

    public Task UpdateAsync(EvidenceFile file, CancellationToken cancellationToken) => db.UpdateDetachedAsync(file, cancellationToken);

    public Task<EvidenceFile?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<EvidenceFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public async Task<IReadOnlyList<EvidenceFile>> ManyAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await db.Set<EvidenceFile>().AsNoTracking().Where(f => ids.Contains(f.Id)).OrderBy(f => f.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EvidenceFile>> ForTaskAsync(int taskItemId, CancellationToken cancellationToken) =>
        await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.TaskItemId == taskItemId).OrderByDescending(f => f.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EvidenceFile>> WaitingAsync(int taskItemId, int unitId, CancellationToken cancellationToken) =>
        await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.TaskItemId == taskItemId && f.UnitId == unitId && f.ReportId == null)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);

    // Nothing reads the files back in the report's turn: the write goes with its commit.
    public Task HandWaitingAsync(int taskItemId, int unitId, int reportId, CancellationToken cancellationToken) =>
        AtCommit.WriteAsync(db, """
            UPDATE "EvidenceFiles" SET "ReportId" = {2} WHERE "TaskItemId" = {0} AND "UnitId" = {1} AND "ReportId" IS NULL
            """, [taskItemId, unitId, reportId], cancellationToken);

    public async Task<byte[]?> ContentAsync(int id, CancellationToken cancellationToken)
    {
        var record = await db.Set<EvidenceContentRecord>().AsNoTracking().FirstOrDefaultAsync(c => c.EvidenceFileId == id, cancellationToken);
        if (record?.StoredName is not { } name) return record?.Content;
        var path = Path.Combine(Folder ?? "", name);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
