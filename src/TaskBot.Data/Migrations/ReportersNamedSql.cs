namespace TaskBot.Data.Migrations;

/// <summary>
/// Reports and coordination requests written before reports were signed by name kept the Web Chat user id
/// (dl_3df6…) as 报送人: they now read as the person's name when the member has one, else the unit's. The same SQL
/// serves SQLite and PostgreSQL.
/// </summary>
internal static class ReportersNamedSql
{
    public static readonly string[] Up = [Named("ProgressReport", "ReportedBy"), Named("CoordinationItem", "RaisedBy")];

    private static string Named(string table, string column) => $"""
        UPDATE "{table}" SET "{column}" = COALESCE(
            (SELECT m."Name" FROM "Member" AS m WHERE m."UserId" = "{table}"."{column}"
                AND m."Name" IS NOT NULL AND m."Name" <> '' AND m."Name" <> m."UserId" LIMIT 1),
            (SELECT u."Name" FROM "Units" AS u WHERE u."Id" = "{table}"."UnitId"),
            "{column}")
        WHERE "{column}" LIKE 'dl\_%' ESCAPE '\'
        """;
}
