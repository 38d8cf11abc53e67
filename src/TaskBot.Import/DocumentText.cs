using System.Text;

namespace TaskBot.Import;

/// <summary>Reads a document's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 as Chinese offices often save.</summary>
public static class DocumentText
{
    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Strict(Encoding.Unicode, bytes, 2);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Strict(Encoding.BigEndianUnicode, bytes, 2);
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            throw new PlanFormatException("the file is not text (it contains NUL bytes); save the plan as a .txt file");
        var bom = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        if (TryStrict(new UTF8Encoding(false, true), bytes, bom, out var utf8)) return utf8;
        if (TryStrict(Gb18030(), bytes, 0, out var gb)) return gb;
        throw new PlanFormatException("the file's encoding is unreadable: it is neither UTF-8 nor GB18030");
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string Strict(Encoding encoding, byte[] bytes, int skip) =>
        TryStrict(Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
                bytes, skip, out var text)
            ? text
            : throw new PlanFormatException($"the file's encoding is unreadable: it is not valid {encoding.WebName}");

    private static bool TryStrict(Encoding encoding, byte[] bytes, int skip, out string text)
    {
        try
        {
            text = encoding.GetString(bytes, skip, bytes.Length - skip);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
