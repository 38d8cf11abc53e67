using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

/// <summary>
/// The reads most turns make, compiled once so that a turn skips EF's translation of the LINQ and its cache lookup.
/// One per host: EF binds a compiled query to the model of the store it first ran on.
/// </summary>
public sealed class CompiledQueries
{
    /// <summary>Who is writing: the member bound to a channel user, with their unit or leader.</summary>
    public Func<TaskBotDbContext, string, string, CancellationToken, Task<Viewer?>> Viewer { get; } = EF.CompileAsyncQuery(
        (TaskBotDbContext db, string channelId, string userId, CancellationToken _) =>
            (from m in db.Set<Member>().AsNoTracking()
             where m.ChannelId == channelId && m.UserId == userId
             join u in db.Units.AsNoTracking() on m.UnitId equals (int?)u.Id into units
             from u in units.DefaultIfEmpty()
             join l in db.Leaders.AsNoTracking() on m.LeaderId equals (int?)l.Id into leaders
             from l in leaders.DefaultIfEmpty()
             select new Viewer(m, u, l)).SingleOrDefault());

    /// <summary>Every plan and list, with the counts of units and of units gone live: the plan cache's key.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<TaskBotDbContext, IQueryable<PlanRow>>> PlanRowsQuery = db =>
        db.Plans.Select(p => new PlanRow(p.Id, p.Kind, p.Year, p.Archived, p.Revision,
            db.Units.Sum(u => 1), db.Units.Sum(u => u.ReportingStartsOn != null ? 1 : 0)));

    private string? _planRowsSql;

    /// <inheritdoc cref="PlanRowsQuery"/>
    internal Func<TaskBotDbContext, IAsyncEnumerable<PlanRow>> PlanRows { get; } = EF.CompileAsyncQuery(PlanRowsQuery);

    /// <summary>The same query's SQL, to go in a command of several statements; its columns read by <see cref="PlanRow.Read"/>.</summary>
    internal string PlanRowsSql(TaskBotDbContext db) => _planRowsSql ??= WithoutParameters(PlanRowsQuery.Compile()(db).ToQueryString());

    // ToQueryString writes a parameter as a comment line and a name that no command of several statements would bind.
    private static string WithoutParameters(string sql) => sql.Contains('@', StringComparison.Ordinal)
        ? throw new InvalidOperationException(
            "the plan rows query has a parameter (a query filter on Plans?): it cannot go in another read's command")
        : sql;

    internal sealed record PlanRow(int Id, ListKind Kind, int Year, bool Archived, int Revision, int Units, int LiveUnits)
    {
        public static PlanRow Read(System.Data.Common.DbDataReader row) => new(row.GetInt32(0), (ListKind)row.GetInt32(1), row.GetInt32(2),
            row.GetBoolean(3), row.GetInt32(4), row.GetInt32(5), row.GetInt32(6));
    }
}
