using System.IO.Compression;

namespace TaskBot.Domain.Evidence;

/// <summary>What a file is by its first bytes (and, for Office files, the parts inside the zip), whatever it is called.</summary>
public static class EvidenceTypes
{
    private static readonly byte[] Jpg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static EvidenceType? Of(byte[] content)
    {
        var head = content.AsSpan();
        if (head.StartsWith(Jpg)) return EvidenceType.Jpg;
        if (head.StartsWith(Png)) return EvidenceType.Png;
        if (head.StartsWith(Pdf)) return EvidenceType.Pdf;
        return head.StartsWith(Zip) ? OfficeFile(content) : null;
    }

    /// <summary>The type a file's name claims (photo.jpeg: Jpg), or null for any other name.</summary>
    public static EvidenceType? Named(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => EvidenceType.Jpg,
        ".png" => EvidenceType.Png,
        ".pdf" => EvidenceType.Pdf,
        ".docx" => EvidenceType.Docx,
        ".xlsx" => EvidenceType.Xlsx,
        _ => null,
    };

    public static string ContentType(EvidenceType type) => type switch
    {
        EvidenceType.Jpg => "image/jpeg",
        EvidenceType.Png => "image/png",
        EvidenceType.Pdf => "application/pdf",
        EvidenceType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static string Extension(EvidenceType type) => "." + type.ToString().ToLowerInvariant();

    private static EvidenceType? OfficeFile(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? EvidenceType.Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? EvidenceType.Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
