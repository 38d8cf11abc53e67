using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Import;

/// <summary>
/// Writes an import's new tasks, their unit and leader links and their milestones with PostgreSQL's binary COPY, in
/// the import's transaction, without ever tracking them; everything else the import changed (the plan, new units and
/// leaders, edited and removed tasks) is saved as usual first. The columns come from the model, so a column added to these tables is copied too;
/// a new navigation on them sends the import back to the ordinary save.
/// </summary>
internal static class TaskCopy
{
    private static readonly Dictionary<Type, string[]> KnownNavigations = new()
    {
        [typeof(TaskItem)] = [nameof(TaskItem.Plan), nameof(TaskItem.Leaders), nameof(TaskItem.Units), nameof(TaskItem.Milestones)],
        [typeof(TaskLeader)] = [nameof(TaskLeader.Leader)],
        [typeof(TaskUnit)] = [nameof(TaskUnit.Unit)],
        [typeof(Milestone)] = [],
    };

    public static async Task SaveAsync(TaskBotDbContext db, Plan plan, CancellationToken cancellationToken)
    {
        if (!Copyable(db.Model))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        // A new plan's tasks stay out of the tracker: finding 10,000 of them through the plan, and asking each task's
        // entry (which detects again through the plan's whole list), cost far more than copying them.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // A plan already stored is compared as a whole (a scan per entry would scan the plan's list for each task):
            // the few tasks a re-import adds are found and saved with the rest.
            var created = db.Entry(plan).State == EntityState.Added;
            var rows = created ? plan.Tasks.Select(t => new NewTask(t, [.. t.Leaders], [.. t.Units], [.. t.Milestones])).ToList() : [];
            if (created) DetectChangesBesideNewTasks(db);
            else db.ChangeTracker.DetectChanges();
            TrackNewPeople(db, rows);
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

    // What the tracker holds (units, their aliases, leaders) is scanned entry by entry, the new plan left as added.
    private static void DetectChangesBesideNewTasks(TaskBotDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not Plan).ToList()) entry.DetectChanges();
    }

    // A unit or leader the document names for the first time on a new task only: stored before the links copied to it.
    private static void TrackNewPeople(TaskBotDbContext db, IReadOnlyList<NewTask> rows)
    {
        foreach (var unit in rows.SelectMany(r => r.Units).Select(l => l.Unit).Distinct().Where(u => db.Entry(u).State == EntityState.Detached))
            db.Add(unit);
        foreach (var leader in rows.SelectMany(r => r.Leaders).Select(l => l.Leader).Distinct().Where(l => db.Entry(l).State == EntityState.Detached))
            db.Add(leader);
    }

    private static bool Copyable(IModel model) => KnownNavigations.All(known =>
        model.FindEntityType(known.Key) is { } type && !type.GetComplexProperties().Any()
        && type.GetNavigations().All(n => known.Value.Contains(n.Name)) && !type.GetSkipNavigations().Any());

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
