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
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        // Until the import's objects are let go, nothing may find the new tasks again through the plan.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var task in added) Forget(db, task);
            await db.SaveChangesAsync(cancellationToken);
            await CopyAsync(db, plan, added, cancellationToken);
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

    private static void Forget(TaskBotDbContext db, TaskItem task)
    {
        foreach (var link in task.Leaders) db.Entry(link).State = EntityState.Detached;
        foreach (var link in task.Units) db.Entry(link).State = EntityState.Detached;
        foreach (var milestone in task.Milestones) db.Entry(milestone).State = EntityState.Detached;
        db.Entry(task).State = EntityState.Detached;
    }

    private static async Task CopyAsync(TaskBotDbContext db, Plan plan, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var ids = await NextIdsAsync(connection, db.Model.FindEntityType(typeof(TaskItem))!, tasks.Count, cancellationToken);
        var id = tasks.Select((t, i) => (t, ids[i])).ToDictionary(x => x.t, x => x.Item2);
        await new CopyWriter<TaskItem>(db.Model.FindEntityType(typeof(TaskItem))!, keepKey: true)
            .With("Id", t => id[t]).With(nameof(TaskItem.PlanId), _ => plan.Id)
            .WriteAsync(connection, tasks, cancellationToken);
        await new CopyWriter<(TaskItem Task, TaskLeader Link)>(db.Model.FindEntityType(typeof(TaskLeader))!, keepKey: false, x => x.Link)
            .With(nameof(TaskLeader.TaskItemId), x => id[x.Task]).With(nameof(TaskLeader.LeaderId), x => x.Link.Leader.Id)
            .WriteAsync(connection, [.. tasks.SelectMany(t => t.Leaders.Select(l => (t, l)))], cancellationToken);
        await new CopyWriter<(TaskItem Task, TaskUnit Link)>(db.Model.FindEntityType(typeof(TaskUnit))!, keepKey: false, x => x.Link)
            .With(nameof(TaskUnit.TaskItemId), x => id[x.Task]).With(nameof(TaskUnit.UnitId), x => x.Link.Unit.Id)
            .WriteAsync(connection, [.. tasks.SelectMany(t => t.Units.Select(u => (t, u)))], cancellationToken);
        await new CopyWriter<(TaskItem Task, Milestone Milestone)>(db.Model.FindEntityType(typeof(Milestone))!, keepKey: false, x => x.Milestone)
            .With(nameof(TaskUnit.TaskItemId), x => id[x.Task])
            .WriteAsync(connection, [.. tasks.SelectMany(t => t.Milestones.Select(m => (t, m)))], cancellationToken);
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
}
