using TaskBot.Documents;
using TaskBot.Dialogs.Conversations;
using TaskBot.Documents.Charts;

namespace TaskBot.Hosting;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>What the office files (台账, 通报, 落实情况报告), the charts in them, and the chat's links to them.</summary>
    public static IServiceCollection AddOfficeDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var font = ChartFont.Find();
            var log = sp.GetRequiredService<ILogger<SupervisionCharts>>();
            if (font is null) log.LogWarning("No CJK font found (install fonts-wqy-microhei): chart labels in Chinese will not show");
            else log.LogDebug("Charts use the CJK font {Font}", font);
            return new SupervisionCharts(font);
        });
        services.AddSingleton<ISupervisionCharts>(sp => sp.GetRequiredService<SupervisionCharts>());
        services.AddScoped<OfficeDocuments>();
        services.AddSingleton<Reminders.IDigestCharts, DigestCharts>();
        services.AddSingleton<OfficeFileLinks>();
        services.AddSingleton<IOfficeFileLinks>(sp => sp.GetRequiredService<OfficeFileLinks>());
        services.AddScoped<IPlanUploads, PlanUploads>();
        return services;
    }
}
