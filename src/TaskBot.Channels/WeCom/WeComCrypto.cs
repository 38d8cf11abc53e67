using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TaskBot.Channels.WeCom;

/// <summary>
/// 企业微信's callback scheme (回调和回复的加解密方案): msg_signature = SHA-1 of token, timestamp, nonce and the
/// ciphertext, sorted and joined; the ciphertext is Base64 of AES-256-CBC (key = Base64(EncodingAESKey + "="),
/// IV = its first 16 bytes, PKCS#7 padding to 32-byte blocks) over 16 random bytes, the message's length (4 bytes,
/// network order), the message, and the receiving CorpID.
/// </summary>
public sealed class WeComCrypto(string token, string encodingAesKey)
{
    private const int BlockSize = 32;
    private readonly byte[] _key = IsValidKey(encodingAesKey) ? Key(encodingAesKey) : new byte[32];

    public static WeComCrypto From(WeComOptions options) => new(options.Token, options.EncodingAESKey);

    public static bool IsValidKey(string encodingAesKey)
    {
        if (encodingAesKey.Length != 43) return false;
        try { return Key(encodingAesKey).Length == 32; }
        catch (FormatException) { return false; }
    }

    private static byte[] Key(string encodingAesKey) => Convert.FromBase64String(encodingAesKey + "=");

    public string Signature(string timestamp, string nonce, string encrypted)
    {
        string[] parts = [token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    public bool HasSignature(string? signature, string timestamp, string nonce, string encrypted) =>
        signature is { Length: 40 } && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(signature.ToLowerInvariant()), Encoding.ASCII.GetBytes(Signature(timestamp, nonce, encrypted)));

    /// <summary>The message and the CorpID it was sent to; null when the ciphertext is not well formed.</summary>
    public (string Message, string ReceiverId)? Decrypt(string encrypted)
    {
        byte[] plain;
        try
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            plain = aes.DecryptCbc(Convert.FromBase64String(encrypted), _key.AsSpan(0, 16), PaddingMode.None);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
        if (plain.Length < 20) return null;
        var pad = plain[^1];
        if (pad is < 1 or > BlockSize || pad > plain.Length - 20) return null;
        var body = plain.AsSpan(16, plain.Length - 16 - pad);
        var length = BinaryPrimitives.ReadUInt32BigEndian(body);
        if (length > body.Length - 4) return null;
        return (Encoding.UTF8.GetString(body.Slice(4, (int)length)), Encoding.UTF8.GetString(body[(4 + (int)length)..]));
    }
}
