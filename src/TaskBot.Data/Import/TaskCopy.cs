using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Import;

/// <summary>
/// Writes an imported plan read untracked: the units and leaders it names for the first time, the plan, its new tasks,
/// their unit and leader links and their milestones with PostgreSQL's binary COPY, and of the tasks already stored only
/// those the import changed or withdrew — all in the import's transaction. The columns come from the model, so a column added to
/// these tables is written too; a new navigation on them sends the import back to EF (<see cref="Copyable"/>).
/// </summary>
internal static class TaskCopy
{
    private static readonly Dictionary<Type, string[]> KnownNavigations = new()
    {
        [typeof(Plan)] = [nameof(Plan.Tasks)],
        [typeof(TaskItem)] = [nameof(TaskItem.Plan), nameof(TaskItem.Leaders), nameof(TaskItem.Units), nameof(TaskItem.Milestones)],
        [typeof(TaskLeader)] = [nameof(TaskLeader.Leader)],
        [typeof(TaskUnit)] = [nameof(TaskUnit.Unit)],
        [typeof(Milestone)] = [],
        [typeof(Unit)] = [nameof(Unit.Aliases)],
        [typeof(UnitAlias)] = [],
        [typeof(Leader)] = [],
    };

    public static bool Copyable(IModel model) => KnownNavigations.All(known =>
        model.FindEntityType(known.Key) is { } type && !type.GetComplexProperties().Any()
        && type.GetNavigations().All(n => known.Value.Contains(n.Name)) && !type.GetSkipNavigations().Any());

    public static async Task SaveAsync(TaskBotDbContext db, Plan plan, ImportReport report, NewNames named, CancellationToken cancellationToken)
    {
        // Units already stored that took a new name or alias (EF tracks them); new ones are copied, ids first, as links name them.
        await db.SaveChangesAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await NamesAsync(db, connection, named, cancellationToken);
        var planId = plan.Id != 0 ? plan.Id : (await NextIdsAsync(connection, Type<Plan>(db), 1, cancellationToken))[0];
        var plans = new CopyWriter<Plan>(Type<Plan>(db), keepKey: true).With(nameof(Plan.Id), _ => planId);
        if (plan.Id == 0) await plans.WriteAsync(connection, [plan], cancellationToken);
        else await plans.UpdateAsync(connection, [plan], cancellationToken);

        var added = plan.Tasks.Where(t => t.Id == 0).ToList();
        var ids = await NextIdsAsync(connection, Type<TaskItem>(db), added.Count, cancellationToken);
        var newIds = added.Select((t, i) => (t, ids[i])).ToDictionary(x => x.t, x => x.Item2);
        int Id(TaskItem task) => task.Id != 0 ? task.Id : newIds[task];
        var tasks = new CopyWriter<TaskItem>(Type<TaskItem>(db), keepKey: true).With(nameof(TaskItem.Id), t => Id(t))
            .With(nameof(TaskItem.PlanId), _ => planId);
        await tasks.WriteAsync(connection, added, cancellationToken);
        var changed = Rewrites.Of(plan, report);
        await tasks.UpdateAsync(connection, changed.Rows, cancellationToken);

        var leaders = new Links<TaskLeader>(Type<TaskLeader>(db), [.. added, .. changed.Leaders], t => t.Leaders);
        var units = new Links<TaskUnit>(Type<TaskUnit>(db), [.. added, .. changed.Units], t => t.Units);
        var milestones = new Links<Milestone>(Type<Milestone>(db), [.. added, .. changed.Milestones], t => t.Milestones);
        await DeleteAsync(connection, [leaders.Of(changed.Leaders), units.Of(changed.Units), milestones.Of(changed.Milestones)], cancellationToken);
        await leaders.WriteAsync(connection, Id, w => w.With(nameof(TaskLeader.LeaderId), x => x.Link.Leader.Id), cancellationToken);
        await units.WriteAsync(connection, Id, w => w.With(nameof(TaskUnit.UnitId), x => x.Link.Unit.Id), cancellationToken);
        await milestones.WriteAsync(connection, Id, w => w, cancellationToken);
        // The directories' units and leaders leave the context as the plan did: the turn that imported goes on without them.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Unit or UnitAlias or Leader).ToList())
            entry.State = EntityState.Detached;
    }

    private static IEntityType Type<T>(DbContext db) => db.Model.FindEntityType(typeof(T))!;

    /// <summary>
    /// The units (with their aliases) and leaders the document named for the first time, copied like the tasks: EF's
    /// first insert of them costs more than the whole copy. They get their ids first, as EF would have given them.
    /// </summary>
    private static async Task NamesAsync(TaskBotDbContext db, NpgsqlConnection connection, NewNames named, CancellationToken cancellationToken)
    {
        await KeyedAsync(connection, Type<Unit>(db), named.Units, cancellationToken);
        await new CopyWriter<(Unit Unit, UnitAlias Alias)>(Type<UnitAlias>(db), keepKey: false, x => x.Alias)
            .With(nameof(UnitAlias.UnitId), x => x.Unit.Id)
            .WriteAsync(connection, [.. named.Units.SelectMany(u => u.Aliases.Select(a => (u, a)))], cancellationToken);
        await KeyedAsync(connection, Type<Leader>(db), named.Leaders, cancellationToken);
    }

    private static async Task KeyedAsync<T>(NpgsqlConnection connection, IEntityType type, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var key = type.FindPrimaryKey()!.Properties.Single().PropertyInfo!;
        var ids = await NextIdsAsync(connection, type, rows.Count, cancellationToken);
        for (var i = 0; i < rows.Count; i++) key.SetValue(rows[i], ids[i]);
        await new CopyWriter<T>(type, keepKey: true).WriteAsync(connection, rows, cancellationToken);
    }

    // Each table's rows of these tasks go in one DELETE a table, all in one round trip.
    private static async Task DeleteAsync(NpgsqlConnection connection, IReadOnlyList<(IEntityType Type, int[] Tasks)> tables,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (type, tasks) in tables.Where(t => t.Tasks.Length > 0))
        {
            var column = type.GetForeignKeys().Single(k => k.PrincipalEntityType.ClrType == typeof(TaskItem)).Properties.Single().GetColumnName();
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM \"{type.GetTableName()}\" WHERE \"{column}\" = ANY($1)")
            {
                Parameters = { new NpgsqlParameter { Value = tasks } },
            });
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<int>> NextIdsAsync(NpgsqlConnection connection, IEntityType type, int count, CancellationToken cancellationToken)
    {
        var ids = new List<int>(count);
        if (count == 0) return ids;
        await using var command =
            new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, 'Id'))::int FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", $"\"{type.GetTableName()}\"");
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    /// <summary>The rows of one table that hang off tasks (links, milestones), for the tasks whose rows are written.</summary>
    private sealed class Links<TLink>(IEntityType type, IReadOnlyList<TaskItem> tasks, Func<TaskItem, IEnumerable<TLink>> of)
        where TLink : class
    {
        public (IEntityType, int[]) Of(IReadOnlyList<TaskItem> stored) => (type, [.. stored.Select(t => t.Id)]);

        public Task WriteAsync(NpgsqlConnection connection, Func<TaskItem, int> id,
            Func<CopyWriter<(TaskItem Task, TLink Link)>, CopyWriter<(TaskItem Task, TLink Link)>> with, CancellationToken cancellationToken) =>
            with(new CopyWriter<(TaskItem Task, TLink Link)>(type, keepKey: false, x => x.Link).With("TaskItemId", x => id(x.Task)))
                .WriteAsync(connection, [.. tasks.SelectMany(t => of(t).Select(l => (t, l)))], cancellationToken);
    }

    /// <summary>
    /// The stored tasks whose rows the import changes, and those whose links or milestones it replaces. A restored task
    /// and one the office keeps withdrawn were brought in line with the document too, without a list of what changed.
    /// </summary>
    private sealed record Rewrites(List<TaskItem> Rows, List<TaskItem> Leaders, List<TaskItem> Units, List<TaskItem> Milestones)
    {
        public static Rewrites Of(Plan plan, ImportReport report)
        {
            var byNumber = plan.Tasks.ToDictionary(t => t.Number);
            List<TaskItem> whole = [.. report.Restored.Concat(report.KeptWithdrawn).Select(n => byNumber[n])];
            // The names TaskItem.Apply gives the fields it changed.
            List<TaskItem> Changed(params string[] fields) =>
                [.. whole, .. report.Updated.Where(c => c.Fields.Any(fields.Contains)).Select(c => byNumber[c.Number])];
            return new([.. whole, .. report.Updated.Select(c => byNumber[c.Number]), .. report.Removed.Select(n => byNumber[n])],
                Changed("leaders"), Changed("leadUnits", "responsibleUnits"), Changed("milestones"));
        }
    }
}
