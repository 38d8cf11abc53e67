using TaskBot.Domain.Units;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TaskBot.Import;

/// <summary>
/// The office's editable list of unit abbreviations and other names (seeds/unit-aliases.yaml).
/// The mechanical variants (旗 prefix, 办公室/办) need no entry. Aliases belong to the 旗 or 县 named by the file's
/// <c>organisation</c> (or an entry's own): another county's documents do not use them.
/// </summary>
public static class UnitAliasFile
{
    public static IReadOnlyList<UnitAliasGroup> Load(string path)
    {
        if (!File.Exists(path)) return [];
        try
        {
            var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<FileModel?>(File.ReadAllText(path));
            return [.. (file?.Units ?? []).Select((u, i) => ToGroup(u, i, path, file!.Organisation))];
        }
        catch (YamlException e)
        {
            throw new PlanFormatException($"{path}: {e.Message}", (int)e.Start.Line);
        }
    }

    private static UnitAliasGroup ToGroup(EntryModel entry, int index, string path, string? organisation)
    {
        if (string.IsNullOrWhiteSpace(entry.Name)) throw new PlanFormatException($"{path}: entry {index + 1} has no name");
        UnitKind? kind = entry.Kind is null ? null
            : Enum.TryParse<UnitKind>(entry.Kind, true, out var k) ? k
            : throw new PlanFormatException($"{path}: unit {entry.Name} has an unknown kind \"{entry.Kind}\" (department, township, park, company, "
                + "branch, partyOrgan, collective)");
        return new UnitAliasGroup(UnitName.Clean(entry.Name), [.. entry.Aliases.Select(UnitName.Clean)], kind,
            UnitName.Clean(entry.Organisation ?? organisation ?? ""));
    }

    private sealed class FileModel
    {
        public string? Organisation { get; set; }
        public List<EntryModel> Units { get; set; } = [];
    }

    private sealed class EntryModel
    {
        public string Name { get; set; } = "";
        public string? Kind { get; set; }
        public string? Organisation { get; set; }
        public List<string> Aliases { get; set; } = [];
    }
}
