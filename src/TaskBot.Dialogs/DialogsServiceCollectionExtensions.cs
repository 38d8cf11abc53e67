using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Conversations;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;

namespace TaskBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The dialog engine, the prompts and the conversations. Routed dialogs are tried in registration order.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddScoped<ITurnMiddleware, LocaleMiddleware>();
        services.AddScoped<IBot, DialogBot>();
        services.AddSingleton<DialogCatalog>();
        services.AddScoped<DialogSet>();
        services.AddScoped(typeof(Lazy<>), typeof(ResolvedWhenUsed<>));
        services.AddSingleton<Domain.Loop.INoneAnswer, NoneAnswer>();
        services.AddScoped<ITurnMiddleware, IdentityMiddleware>();
        services.AddDialog<TextPrompt>().AddDialog<NumberPrompt>().AddDialog<ChoicePrompt>().AddDialog<ConfirmPrompt>();
        services.AddSingleton<IntentRecognizer>();
        // Tried in this order: the more specific phrases first (第11项进展 is a report, 第11项 the task).
        services.AddRoutedDialog<BindDialog>();
        // A file sent in chat is a unit's evidence (佐证材料), or a plan to import, whatever words come with it.
        services.AddScoped<Evidence.EvidenceIntake>();
        services.AddScoped<Evidence.EvidenceList>();
        services.AddRoutedDialog<Evidence.EvidenceDialog>();
        services.AddRoutedDialog<ImportUploadDialog>();
        services.AddRoutedDialog<UnbindDialog>();
        services.AddRoutedDialog<ChannelLinkDialog>();
        services.AddRoutedDialog<RemindHereDialog>();
        services.AddRoutedDialog<AddTaskDialog>();
        services.AddRoutedDialog<ChangeTaskDialog>();
        services.AddRoutedDialog<WithdrawTaskDialog>();
        services.AddRoutedDialog<HelpDialog>();
        services.AddRoutedDialog<SeveralTasksDialog>();
        services.AddDialog<WhichTaskDialog>();
        services.AddRoutedDialog<ReportProgressDialog>();
        services.AddRoutedDialog<WhatToReportDialog>();
        services.AddRoutedDialog<NoChangeDialog>();
        services.AddRoutedDialog<AskSupportingUnitsDialog>();
        services.AddRoutedDialog<CoordinationAnswerDialog>();
        services.AddDialog<CoordinationRequestDialog>();
        services.AddRoutedDialog<CoordinationListDialog>();
        services.AddRoutedDialog<CompletionReviewDialog>();
        services.AddRoutedDialog<CompletionListDialog>();
        services.AddRoutedDialog<ExtensionDecisionDialog>();
        services.AddRoutedDialog<ExtensionRequestDialog>();
        services.AddRoutedDialog<PendingDecisionDialog>();
        services.AddRoutedDialog<BehindTasksDialog>();
        services.AddRoutedDialog<NotReportedDialog>();
        services.AddRoutedDialog<ExportLedgerDialog>();
        services.AddRoutedDialog<BulletinDialog>();
        services.AddRoutedDialog<DashboardDialog>();
        services.AddRoutedDialog<MyTasksDialog>();
        services.AddRoutedDialog<TaskDetailDialog>();
        // Lookups: a unit's name before a leader's (农牧局的任务 reads as either).
        services.AddRoutedDialog<PeopleDialog>();
        services.AddRoutedDialog<InviteDialog>();
        services.AddRoutedDialog<RevokeBindingDialog>();
        services.AddRoutedDialog<UnitReportedDialog>();
        services.AddRoutedDialog<UnitTasksDialog>();
        services.AddRoutedDialog<LeaderTasksDialog>();
        return services;
    }

    public static IServiceCollection AddDialog<T>(this IServiceCollection services) where T : Dialog => services.AddDialog<T>(routed: false);

    public static IServiceCollection AddRoutedDialog<T>(this IServiceCollection services) where T : Dialog, IRoutedDialog =>
        services.AddDialog<T>(routed: true);

    private static IServiceCollection AddDialog<T>(this IServiceCollection services, bool routed) where T : Dialog
    {
        services.AddScoped<T>();
        services.AddSingleton(new DialogRegistration(typeof(T), routed));
        return services;
    }
}
