namespace TaskBot.Domain.Tests;

public class ArchitectureTests
{
    [Fact]
    public void The_domain_knows_nothing_of_the_database_the_web_or_the_scheduler()
    {
        var references = typeof(Plans.Plan).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r =>
            r.StartsWith("Microsoft.EntityFrameworkCore") || r.StartsWith("Microsoft.AspNetCore") || r.StartsWith("Hangfire")
                || r.StartsWith("Npgsql"));
    }

    [Fact]
    public void Office_file_libraries_stay_out_of_the_domain_and_the_parsers()
    {
        var references = new[] { typeof(Plans.Plan).Assembly, typeof(TaskBot.Import.PlanParser).Assembly }
            .SelectMany(a => a.GetReferencedAssemblies()).Select(a => a.Name!);
        Assert.DoesNotContain(references, r => r.StartsWith("DocumentFormat.OpenXml") || r.StartsWith("MiniExcel"));
    }

    [Fact]
    public void The_parsers_know_nothing_of_the_database_either()
    {
        var references = typeof(TaskBot.Import.PlanParser).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore") || r.StartsWith("Npgsql"));
    }

    /// <summary>Which projects each project may reference: dependencies point inward, and the words are shared.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new()
    {
        ["TaskBot.Domain"] = [],
        ["TaskBot.BotFramework"] = [],
        ["TaskBot.Import"] = ["TaskBot.Domain"],
        ["TaskBot.Words"] = ["TaskBot.Domain"],
        ["TaskBot.Documents"] = ["TaskBot.Domain", "TaskBot.Import", "TaskBot.Words"],
        ["TaskBot.Data"] = ["TaskBot.Domain", "TaskBot.BotFramework"],
        ["TaskBot.Dialogs"] = ["TaskBot.Domain", "TaskBot.BotFramework", "TaskBot.Words"],
        ["TaskBot.Channels"] = ["TaskBot.BotFramework"],
        ["TaskBot.Reminders"] = ["TaskBot.Domain", "TaskBot.Data", "TaskBot.BotFramework", "TaskBot.Words", "TaskBot.Channels"],
        ["TaskBot.MigrationTool"] = ["TaskBot.Data"],
    };

    [Fact]
    public void Projects_reference_only_what_their_layer_may_use()
    {
        var src = Path.Combine(RepoFiles.Root, "src");
        foreach (var project in Directory.GetDirectories(src).Select(Path.GetFileName).Where(p => p != "TaskBot"))
        {
            Assert.True(AllowedReferences.TryGetValue(project!, out var allowed), $"{project} is not in the architecture test's map");
            var csproj = File.ReadAllText(Path.Combine(src, project!, project + ".csproj"));
            var references = System.Text.RegularExpressions.Regex.Matches(csproj, @"ProjectReference Include=""\.\./([^/]+)/")
                .Select(m => m.Groups[1].Value);
            Assert.All(references, r => Assert.True(allowed.Contains(r), $"{project} must not reference {r}"));
        }
    }
}
