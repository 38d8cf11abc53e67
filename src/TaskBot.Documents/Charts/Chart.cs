namespace TaskBot.Documents.Charts;

/// <summary>A rendered chart: the PNG, its size in pixels, and a name for the file or the picture.</summary>
public sealed record Chart(string Name, byte[] Png, int Width, int Height);
