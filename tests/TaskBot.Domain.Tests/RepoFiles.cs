namespace TaskBot.Domain.Tests;

/// <summary>Files of the repository (the seeds), found from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string name) => Path.Combine(Root, "seeds", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TaskBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TaskBot.sln not found above " + AppContext.BaseDirectory);
    }
}
