namespace TaskBot.Dialogs.Engine;

/// <summary>How a routed dialog is started, read once from it (see <see cref="IRoutedDialog"/>).</summary>
public sealed record DialogRoute(string Id, string Trigger, string? Command, bool ForMembersOnly, bool StartsOnFiles);
