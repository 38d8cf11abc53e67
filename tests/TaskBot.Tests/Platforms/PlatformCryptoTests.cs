using System.Buffers.Binary;
using System.Text;
using TaskBot.Channels.DingTalk;
using TaskBot.Channels.WeCom;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Platforms;

/// <summary>The platforms' signatures and 企业微信's encryption against values OpenSSL computes at test time, not only our own round trip.</summary>
public class PlatformCryptoTests
{
    private const string Key = WeComPlatform.EncodingAesKey;

    [Fact]
    public async Task A_WeCom_message_encrypted_by_OpenSSL_is_read_with_its_CorpID()
    {
        const string xml = "<xml><ToUserName><![CDATA[wwa1b2c3d4e5f60718]]></ToUserName><Content><![CDATA[汇报 7]]></Content></xml>";
        var plain = Plaintext("0123456789abcdef"u8.ToArray(), Encoding.UTF8.GetBytes(xml), "wwa1b2c3d4e5f60718"u8.ToArray());
        var key = Convert.FromBase64String(Key + "=");
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, plain);

        var encrypted = (await ProcessRunner.RunAsync("openssl", "enc", "-aes-256-cbc", "-nopad", "-K", Convert.ToHexString(key),
            "-iv", Convert.ToHexString(key.AsSpan(0, 16)), "-in", file, "-base64", "-A")).Trim();

        Assert.Equal((xml, "wwa1b2c3d4e5f60718"), new WeComCrypto("t", Key).Decrypt(encrypted));
    }

    [Fact]
    public async Task The_WeCom_signature_is_the_SHA1_of_the_sorted_parts_as_OpenSSL_computes_it()
    {
        var file = Path.GetTempFileName();
        // The four parts in ordinal order: nonce, timestamp, token, ciphertext.
        await File.WriteAllTextAsync(file, "1372623149" + "1409659813" + "QDG6eK" + "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo");

        var expected = (await ProcessRunner.RunAsync("openssl", "dgst", "-sha1", "-r", file)).Split(' ')[0];

        Assert.Equal(expected, new WeComCrypto("QDG6eK", Key).Signature("1409659813", "1372623149", "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo"));
    }

    [Fact]
    public async Task The_DingTalk_callback_signature_is_the_HMAC_SHA256_OpenSSL_computes()
    {
        const string secret = "Hk3T0_qsAppSecretForTests_8f2a91c0d7";
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "1751331600000\n" + secret);

        var hex = (await ProcessRunner.RunAsync("openssl", "dgst", "-sha256", "-hmac", secret, "-r", file)).Split(' ')[0];

        Assert.Equal(Convert.ToBase64String(Convert.FromHexString(hex)), DingTalkSignature.Sign(secret, "1751331600000"));
    }

    [Fact]
    public void The_URL_check_in_WeCom_s_published_sample_is_verified_and_read()
    {
        // 企业微信's own sample (加解密库 示例: 验证回调URL): its Token, EncodingAESKey, CorpID, query and the echo it decrypts to.
        var crypto = new WeComCrypto("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
        const string echo = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

        Assert.True(crypto.HasSignature("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", echo));
        Assert.Equal(("1616140317555161061", "wx5823bf96d3bd56c7"), crypto.Decrypt(echo));
    }

    [Fact]
    public void A_ciphertext_with_broken_padding_or_length_is_not_read()
    {
        var crypto = new WeComCrypto("t", Key);

        Assert.Null(crypto.Decrypt("not base64!"));
        Assert.Null(crypto.Decrypt(Convert.ToBase64String(new byte[32])));
    }

    // 16 random bytes, the message's length in network order, the message, the receiver; PKCS#7 to 32-byte blocks.
    private static byte[] Plaintext(byte[] random, byte[] message, byte[] receiver)
    {
        var length = 20 + message.Length + receiver.Length;
        var pad = 32 - length % 32;
        var plain = new byte[length + pad];
        random.CopyTo(plain, 0);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), message.Length);
        message.CopyTo(plain, 20);
        receiver.CopyTo(plain, 20 + message.Length);
        plain.AsSpan(length).Fill((byte)pad);
        return plain;
    }
}
