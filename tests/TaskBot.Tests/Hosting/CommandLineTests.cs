using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Hosting;

[Collection(TestCollections.Hosting)]
public class CommandLineTests(PostgresServer postgres)
{
    private Task<TestStore> Sqlite() => TestStore.CreateAsync(StorageProvider.Sqlite, postgres);

    [Fact]
    public async Task Parse_prints_the_plan_as_json_and_creates_no_database()
    {
        var store = await Sqlite();

        var result = await Shell.RunAsync(store, "parse", RepoFiles.Seed("002_286189d50c2e543b.txt"));

        Assert.Equal(0, result.ExitCode);
        var plan = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(2022, plan.GetProperty("year").GetInt32());
        var task2 = plan.GetProperty("tasks")[1];
        Assert.Equal(2, task2.GetProperty("number").GetInt32());
        Assert.Equal("贾瑞", task2.GetProperty("leaders")[0].GetString());
        Assert.Equal("2022-12-31", task2.GetProperty("deadline").GetString());
        Assert.Equal(JsonValueKind.Array, task2.GetProperty("milestones").ValueKind);
        Assert.False(File.Exists(store.Settings["Storage:SqlitePath"]));
    }

    [Fact]
    public async Task A_missing_file_is_one_clear_line_and_a_failing_exit_code()
    {
        var result = await Shell.RunAsync(await Sqlite(), "parse", "/nowhere/plan.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no such file: /nowhere/plan.txt", result.Error.Trim());
    }

    [Theory]
    [InlineData("tasks", "--colour", "red")]
    [InlineData("frobnicate")]
    [InlineData("import")]
    public async Task A_command_line_mistake_is_one_clear_line_and_exit_code_2(params string[] args)
    {
        var result = await Shell.RunAsync(await Sqlite(), args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_is_refused()
    {
        var result = await Shell.RunAsync(await Sqlite(), "parse", RepoFiles.Seed("001_c9d01b9c8d54826f.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a task decomposition document", result.Error);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_setting_works_before_or_after_the_command(bool before, bool withEquals)
    {
        var store = await Sqlite();
        var database = Path.Combine(Path.GetTempPath(), $"taskbot-cli-{Guid.NewGuid():N}", "chosen.db");
        string[] setting = withEquals ? [$"--Storage:SqlitePath={database}"] : ["--Storage:SqlitePath", database];
        string[] Line(params string[] command) => before ? [.. setting, .. command] : [.. command, .. setting];

        var import = await RunAsync(store, Line("import", RepoFiles.Seed("002_286189d50c2e543b.txt"), "--year", "2022"));
        var tasks = await RunAsync(store, Line("tasks", "--leader", "贾瑞"));

        Assert.Equal((0, 0), (import.ExitCode, tasks.ExitCode));
        Assert.Contains("tasks added: 72", import.Output);
        Assert.StartsWith("2022年政府工作报告目标任务分解表 (2022): 6 tasks", tasks.Output);
        Assert.True(File.Exists(database));
        Assert.False(File.Exists(store.Settings["Storage:SqlitePath"]));
    }

    [Theory]
    [InlineData("import", "/nowhere/plan.txt")]
    [InlineData("import", "001_c9d01b9c8d54826f.txt")]
    [InlineData("tasks", "--colour", "red")]
    [InlineData("invite", "--office", "--days", "0")]
    [InlineData("--Supervision:Period=Fortnight", "tasks")]
    [InlineData("--Supervision:SupportingUnits=Sometimes", "tasks")]
    [InlineData("--Supervision:SupportingUnits=7", "tasks")]
    [InlineData("export", "ledger", "--out", "/nowhere/台账.xlsx")]
    [InlineData("import", "--sheet", "分解表", "000_bd77716a55a06823.txt")]
    public async Task A_failing_command_creates_no_file(params string[] args)
    {
        var store = await Sqlite();
        args = [.. args.Select(a => a.EndsWith(".txt", StringComparison.Ordinal) && !a.StartsWith('/') ? RepoFiles.Seed(a) : a)];

        var result = await RunAsync(store, args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.GetDirectoryName(store.Settings["Storage:SqlitePath"])));
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_a_failing_exit_code()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await RunAsync(await Sqlite(), "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith($"error: port {port} is in use; use --urls ", line);
    }

    [Theory]
    [InlineData("--help", "--Section:Key=value")]
    [InlineData("import --help", "<FILE>")]
    [InlineData("import --help", "--dry-run")]
    [InlineData("parse --help", "--sheet <NAME>")]
    [InlineData("export ledger --help", "--out <FILE.xlsx>")]
    [InlineData("invite -h", "--office")]
    [InlineData("remind --help", "<deadlines|digest|escalation|weekly>")]
    public async Task Help_describes_the_commands(string line, string expected)
    {
        var store = await Sqlite();

        var result = await RunAsync(store, line.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output);
        Assert.False(Directory.Exists(Path.GetDirectoryName(store.Settings["Storage:SqlitePath"])));
    }

    /// <summary>A command line that started the server by mistake would never end: it fails the test instead.</summary>
    private static Task<Shell.Result> RunAsync(TestStore store, params string[] args) =>
        Shell.RunAsync(store, args).WaitAsync(TimeSpan.FromMinutes(2));
}
