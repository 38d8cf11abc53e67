using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Conversations;
using TaskBot.Data.Supervision;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Plans;

namespace TaskBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The data layer; the provider is chosen from <see cref="StorageOptions"/> when the first context is made.</summary>
    public static IServiceCollection AddTaskBotData(this IServiceCollection services)
    {
        services.AddSingleton<TaskBotDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<TaskBotDbContextFactory>().Create());
        services.AddScoped<PlanImporter>();
        services.AddScoped<ITaskEditor, TaskEditor>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<Outbox.OutboxStore>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<ITurnTransaction, TurnTransaction>();
        services.AddScoped<IProcessedActivityStore, ProcessedActivityStore>();
        services.AddScoped<IConversationReferenceStore, ConversationReferenceStore>();
        services.AddScoped<IConversationStateStore, ConversationStateStore>();
        services.AddScoped<IDirectLineStore, DirectLineStore>();
        services.AddScoped<IPeopleStore, PeopleStore>();
        services.AddScoped<TurnMember>();
        services.AddSingleton<ViewerCache>();
        services.AddSingleton<KeptStates>();
        services.AddSingleton<ConversationGates>();
        services.AddScoped<Access.SignInTicketStore>();
        services.AddScoped<Documents.BulletinNumbers>();
        services.AddSingleton<PlanCache>();
        services.AddSingleton<CompiledQueries>();
        services.AddScoped<IPlanReader, PlanReader>();
        services.AddScoped<IReportStore, ReportStore>();
        services.AddScoped<Domain.Behind.IAssessmentStore, Assessments.AssessmentStore>();
        services.AddScoped<ISupportRequestStore, SupportRequestStore>();
        services.AddScoped<Domain.Loop.ICoordinationStore, Loop.CoordinationStore>();
        services.AddScoped<Domain.Loop.ICompletionReviewStore, Loop.CompletionReviewStore>();
        services.AddScoped<Domain.Loop.IExtensionStore, Loop.ExtensionStore>();
        services.AddScoped<Domain.Evidence.IEvidenceStore, Evidence.EvidenceStore>();
        services.AddScoped<Retention.RetentionJob>();
        services.AddSingleton<IPlatformQuota, Platforms.PlatformQuotaStore>();
        services.AddSingleton<IReplyAddressStore, Platforms.ReplyAddressStore>();
        AddSharedInstances(services);
        return services;
    }

    /// <summary>
    /// The one place that decides how instances share Direct Line streams and send rates: through PostgreSQL when it
    /// is the store (any number of instances), in this process on SQLite (one instance).
    /// </summary>
    private static void AddSharedInstances(IServiceCollection services)
    {
        static bool Shared(IServiceProvider sp) => sp.GetRequiredService<TaskBotDbContextFactory>().Provider == StorageProvider.PostgreSql;
        services.AddScoped<IDirectLineFanOut>(sp => Shared(sp)
            ? ActivatorUtilities.CreateInstance<Instances.DirectLineNotifier>(sp) : ActivatorUtilities.CreateInstance<InProcessFanOut>(sp));
        services.AddSingleton<Rates.ISendRates>(sp => Shared(sp)
            ? ActivatorUtilities.CreateInstance<Rates.DatabaseSendRates>(sp) : ActivatorUtilities.CreateInstance<Rates.InProcessSendRates>(sp));
        services.AddSingleton<IHostedService>(sp => Shared(sp)
            ? ActivatorUtilities.CreateInstance<Instances.DirectLineListener>(sp) : new Instances.NothingToListenFor());
    }
}
