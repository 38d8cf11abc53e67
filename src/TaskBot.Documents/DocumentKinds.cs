using System.IO.Compression;
using System.Text;
using TaskBot.Import;

namespace TaskBot.Documents;

/// <summary>Tells a file's kind by its first bytes; refuses, with what to do instead, the kinds TaskBot cannot read.</summary>
public static class DocumentKinds
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Rtf = @"{\rtf"u8.ToArray();

    public static DocumentKind Of(byte[] bytes, string name)
    {
        var head = bytes.AsSpan();
        if (head.StartsWith(Compound)) throw new PlanFormatException(Legacy(bytes, name));
        if (head.StartsWith(Pdf))
            throw new PlanFormatException("the file is a PDF, which holds no table or paragraphs to read; save the plan from Word or WPS as .docx");
        if (head.StartsWith(Rtf)) throw new PlanFormatException("the file is RTF; save it as .docx");
        if (!head.StartsWith(Zip)) return DocumentKind.Text;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return DocumentKind.Word;
            if (zip.GetEntry("xl/workbook.xml") is not null) return DocumentKind.Workbook;
        }
        catch (InvalidDataException)
        {
            throw new PlanFormatException("the file is a damaged zip archive (a broken .docx or .xlsx?); save it again as .docx or .xlsx");
        }
        throw new PlanFormatException("the file is a zip archive but neither a Word document nor a workbook; save the plan as .docx or .xlsx");
    }

    // Word and Excel keep a password-protected .docx/.xlsx in the old compound format, with an EncryptionInfo stream.
    private static string Legacy(byte[] bytes, string name)
    {
        if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0)
            return "the document is protected by a password; open it, remove the password and save it as .docx (or .xlsx)";
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".xls" or ".et" => "the file is an old Excel workbook (.xls); open it in Excel or WPS and save it as .xlsx",
            ".wps" => "the file is a WPS document (.wps); open it in WPS and save it as .docx",
            _ => "the file is an old Word document (.doc) or another legacy Office file; open it in Word or WPS and save it as .docx",
        };
    }
}
