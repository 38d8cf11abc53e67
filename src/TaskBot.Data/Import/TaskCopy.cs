using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Import;

/// <summary>
/// Writes an import's new tasks, their unit and leader links and their milestones with PostgreSQL's binary COPY, in
/// the import's transaction; everything else the import changed (the plan, new units and leaders, edited and removed
/// tasks) is saved as usual first. The columns come from the model, so a column added to these tables is copied too;
/// a new navigation on them sends the import back to the ordinary save.
/// </summary>
internal static class TaskCopy
{
    private static readonly Dictionary<Type, string[]> KnownNavigations = new()
    {
        [typeof(TaskItem)] = [nameof(TaskItem.Leaders), nameof(TaskItem.Units), nameof(TaskItem.Milestones)],
        [typeof(TaskLeader)] = [nameof(TaskLeader.Leader)],
        [typeof(TaskUnit)] = [nameof(TaskUnit.Unit)],
        [typeof(Milestone)] = [],
    };

    public static async Task SaveAsync(TaskBotDbContext db, Plan plan, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var added = plan.Tasks.Where(t => db.Entry(t).State == EntityState.Added).ToList();
        if (added.Count == 0 || !Copyable(db.Model))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        // Taken before the tracker lets go of them: letting go of a link also takes it out of its task's collection.
        var rows = added.Select(t => new NewTask(t, [.. t.Leaders], [.. t.Units], [.. t.Milestones])).ToList();
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        // Until the import's objects are let go, nothing may find the new tasks again through the plan.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var row in rows) Forget(db, row);
            await db.SaveChangesAsync(cancellationToken);
            await CopyAsync(db, plan, rows, cancellationToken);
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Plan or TaskItem or TaskUnit or TaskLeader or Milestone or Unit or UnitAlias or Leader).ToList())
                entry.State = EntityState.Detached;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static bool Copyable(IModel model) => KnownNavigations.All(known =>
        model.FindEntityType(known.Key) is { } type && !type.GetComplexProperties().Any()
        && type.GetNavigations().All(n => known.Value.Contains(n.Name)) && !type.GetSkipNavigations().Any());

    private static void Forget(TaskBotDbContext db, NewTask row)
    {
        foreach (var link in row.Leaders) db.Entry(link).State = EntityState.Detached;
        foreach (var link in row.Units) db.Entry(link).State = EntityState.Detached;
        foreach (var milestone in row.Milestones) db.Entry(milestone).State = EntityState.Detached;
        db.Entry(row.Task).State = EntityState.Detached;
    }

    private static async Task CopyAsync(TaskBotDbContext db, Plan plan, IReadOnlyList<NewTask> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var ids = await NextIdsAsync(connection, db.Model.FindEntityType(typeof(TaskItem))!, rows.Count, cancellationToken);
        var id = rows.Select((r, i) => (r.Task, ids[i])).ToDictionary(x => x.Task, x => x.Item2);
        var tasks = rows.Select(r => r.Task).ToList();
        await new CopyWriter<TaskItem>(db.Model.FindEntityType(typeof(TaskItem))!, keepKey: true)
            .With("Id", t => id[t]).With(nameof(TaskItem.PlanId), _ => plan.Id)
            .WriteAsync(connection, tasks, cancellationToken);
        await new CopyWriter<(TaskItem Task, TaskLeader Link)>(db.Model.FindEntityType(typeof(TaskLeader))!, keepKey: false, x => x.Link)
            .With(nameof(TaskLeader.TaskItemId), x => id[x.Task]).With(nameof(TaskLeader.LeaderId), x => x.Link.Leader.Id)
            .WriteAsync(connection, [.. rows.SelectMany(r => r.Leaders.Select(l => (r.Task, l)))], cancellationToken);
        await new CopyWriter<(TaskItem Task, TaskUnit Link)>(db.Model.FindEntityType(typeof(TaskUnit))!, keepKey: false, x => x.Link)
            .With(nameof(TaskUnit.TaskItemId), x => id[x.Task]).With(nameof(TaskUnit.UnitId), x => x.Link.Unit.Id)
            .WriteAsync(connection, [.. rows.SelectMany(r => r.Units.Select(u => (r.Task, u)))], cancellationToken);
        await new CopyWriter<(TaskItem Task, Milestone Milestone)>(db.Model.FindEntityType(typeof(Milestone))!, keepKey: false, x => x.Milestone)
            .With(nameof(TaskUnit.TaskItemId), x => id[x.Task])
            .WriteAsync(connection, [.. rows.SelectMany(r => r.Milestones.Select(m => (r.Task, m)))], cancellationToken);
    }

    private static async Task<List<int>> NextIdsAsync(NpgsqlConnection connection, IEntityType type, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, 'Id'))::int FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", $"\"{type.GetTableName()}\"");
        command.Parameters.AddWithValue("count", count);
        var ids = new List<int>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    private sealed record NewTask(TaskItem Task, IReadOnlyList<TaskLeader> Leaders, IReadOnlyList<TaskUnit> Units, IReadOnlyList<Milestone> Milestones);
}
