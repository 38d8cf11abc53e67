namespace TaskBot.Data.Conversations;

/// <summary>A key the server made for itself on first use (the Direct Line token key).</summary>
public sealed class SecretRecord
{
    public string Name { get; set; } = "";
    public byte[] Value { get; set; } = [];
}
