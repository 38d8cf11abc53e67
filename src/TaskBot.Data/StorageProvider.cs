namespace TaskBot.Data;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
