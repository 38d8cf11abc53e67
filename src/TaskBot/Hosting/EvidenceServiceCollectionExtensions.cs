using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Dialogs.Conversations;
using TaskBot.Domain.Evidence;

namespace TaskBot.Hosting;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>佐证材料: the limits (section Evidence), the folder they may be kept in (Storage:Files), the desk and the links.</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .PostConfigure(s => s.Files = string.IsNullOrWhiteSpace(s.Files) ? null : Path.GetFullPath(s.Files, contentRoot))
            .Validate(s => s.Files is null || Writable(s.Files), "Storage:Files must be a folder TaskBot can create and write to")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<EvidenceOptions>>().Value);
        services.AddScoped<EvidenceDesk>();
        services.AddScoped<Domain.Loop.IReportFollowUp>(sp => sp.GetRequiredService<EvidenceDesk>());
        services.AddSingleton<EvidenceLinks>();
        services.AddSingleton<IEvidenceLinks>(sp => sp.GetRequiredService<EvidenceLinks>());
        return services;
    }

    private static bool Writable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
