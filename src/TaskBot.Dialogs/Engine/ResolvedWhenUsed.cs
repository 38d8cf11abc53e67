using Microsoft.Extensions.DependencyInjection;

namespace TaskBot.Dialogs.Engine;

/// <summary>
/// A <see cref="Lazy{T}"/> from the turn's scope: a dialog takes what only some of its turns use this way, so a turn
/// that answers a question does not build what saving needs (the supervision and every service behind it).
/// </summary>
internal sealed class ResolvedWhenUsed<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>) where T : notnull;
