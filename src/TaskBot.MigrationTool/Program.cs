// Scaffolds an EF Core migration for both providers (the dotnet-ef tool is not available here).
// usage: dotnet run --project src/TaskBot.MigrationTool -- NAME
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using TaskBot.Data;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: TaskBot.MigrationTool NAME");
    return 2;
}

var dataProject = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../TaskBot.Data"));
Scaffold(
    new SqliteTaskBotDbContext(new DbContextOptionsBuilder<SqliteTaskBotDbContext>().UseSqlite("Data Source=:memory:").Options, new WriterGate()),
    new SqliteDesignTimeServices(), "Sqlite");
Scaffold(
    new PostgreSqlTaskBotDbContext(new DbContextOptionsBuilder<PostgreSqlTaskBotDbContext>().UseNpgsql("Host=localhost").Options),
    new NpgsqlDesignTimeServices(), "PostgreSql");
return 0;

void Scaffold(DbContext context, IDesignTimeServices providerServices, string folder)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    providerServices.ConfigureDesignTimeServices(services);
    var scaffolder = services.BuildServiceProvider().GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "TaskBot.Data", $"Migrations.{folder}", "C#");
    var files = scaffolder.Save(dataProject, migration, Path.Combine(dataProject, "Migrations", folder));
    Console.WriteLine(files.MigrationFile);
}
