using System.ComponentModel.DataAnnotations;

namespace TaskBot.Hosting;

public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>Where the server listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    [Required, Url]
    public string DefaultUrls { get; set; } = "http://localhost:3978";

    /// <summary>The address people reach this server at, for links the bot sends (sign-in, downloads); unset: the
    /// address it listens on (see <see cref="PublicAddress"/>).</summary>
    [Url]
    public string? PublicUrl { get; set; }
}
