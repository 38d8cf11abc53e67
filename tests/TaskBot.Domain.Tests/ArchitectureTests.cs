namespace TaskBot.Domain.Tests;

public class ArchitectureTests
{
    [Fact]
    public void The_domain_knows_nothing_of_the_database_the_web_or_the_scheduler()
    {
        var references = typeof(Plans.Plan).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r =>
            r.StartsWith("Microsoft.EntityFrameworkCore") || r.StartsWith("Microsoft.AspNetCore") || r.StartsWith("Hangfire") || r.StartsWith("Npgsql"));
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
}
