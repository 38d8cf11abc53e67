namespace TaskBot.Hosting;

/// <summary>
/// The folder holding the one appsettings.json the server reads (and seeds/): TASKBOT_HOME when set,
/// else the current folder when it has one, else the nearest folder above the executable that does.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("TASKBOT_HOME") is { Length: > 0 } home) return Path.GetFullPath(home);
        if (File.Exists(Path.Combine(Environment.CurrentDirectory, SettingsFile))) return Environment.CurrentDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SettingsFile))) return dir.FullName;
        return Environment.CurrentDirectory;
    }
}
