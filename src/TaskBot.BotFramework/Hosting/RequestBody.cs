using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace TaskBot.BotFramework.Hosting;

public static class RequestBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes (read no further than that).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        // Channels send a length: the body is read straight into an array of its size, not through chunks and copies.
        if (request.ContentLength is { } length) return await ReadKnownAsync(request.Body, (int)length, cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadKnownAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0) filled += read;
        return filled == length ? bytes : bytes[..filled];
    }
}
