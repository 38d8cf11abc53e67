using System.Text.Json;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Hosting;

[Collection(DatabaseCollection.Name)]
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
}
