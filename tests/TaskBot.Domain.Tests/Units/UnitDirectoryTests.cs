using TaskBot.Domain.Units;

namespace TaskBot.Domain.Tests.Units;

public class UnitDirectoryTests
{
    private static readonly UnitAliasGroup[] Aliases =
    [
        new("旗工信和科技局", ["工科局"]),
        new("苏里格经济开发区", ["苏里格经济技术开发区"], UnitKind.Park),
    ];

    [Theory]
    [InlineData("旗政府办公室", "旗政府办")]
    [InlineData("旗政府办公室", "政府办公室")]
    [InlineData("旗人民政府办公室", "旗政府办")]
    [InlineData("旗水利局", "水利局")]
    [InlineData("旗工信和科技局", "工科局")]
    [InlineData("工信和科技局", "工科局")]
    [InlineData("苏里格经济开发区", "苏里格经济技术开发区")]
    [InlineData("康 健 局", "康健局")]
    public void Spellings_of_one_unit_resolve_to_one_unit(string first, string second)
    {
        var directory = new UnitDirectory([], Aliases);
        Assert.Same(directory.Resolve(first).Unit, directory.Resolve(second).Unit);
        Assert.Single(directory.Units);
    }

    [Theory]
    [InlineData("旗委组织部", "组织部")]
    [InlineData("旗直各部门", "各部门")]
    [InlineData("旗能源局", "旗水利局")]
    public void Different_units_stay_apart(string first, string second)
    {
        var directory = new UnitDirectory([], Aliases);
        Assert.NotSame(directory.Resolve(first).Unit, directory.Resolve(second).Unit);
    }

    [Fact]
    public void A_unit_is_shown_by_the_name_the_document_uses_and_the_alias_entry_is_reported()
    {
        var directory = new UnitDirectory([], Aliases);
        var resolution = directory.Resolve("工科局");
        Assert.Equal(("工科局", true, "旗工信和科技局"), (resolution.Unit.Name, resolution.Created, resolution.AliasEntry));
        Assert.Same(resolution.Unit, directory.Resolve("旗工信和科技局").Unit);
    }

    private static readonly UnitAliasGroup[] WushenAliases = [new("市生态环境局乌审分局", ["生态环境分局"], UnitKind.Branch, "乌审旗")];

    [Fact]
    public void An_organisations_aliases_do_not_apply_to_another_organisations_plan()
    {
        var wushen = new UnitDirectory([], WushenAliases, "乌审旗");
        var branch = wushen.Resolve("市生态环境局乌审分局").Unit;
        Assert.Same(branch, wushen.Resolve("生态环境分局").Unit);

        var etuoke = new UnitDirectory([branch], WushenAliases, "鄂托克旗");
        var other = etuoke.Resolve("生态环境分局");
        Assert.True(other.Created);
        Assert.Equal("生态环境分局", other.Unit.Name);
        Assert.NotSame(branch, other.Unit);
    }

    [Fact]
    public void The_banner_prefixed_spelling_becomes_the_name_whichever_document_came_first()
    {
        var directory = new UnitDirectory([], []);
        var unit = directory.Resolve("水利局").Unit;
        directory.Resolve("旗水利局");
        Assert.Equal("旗水利局", unit.Name);
    }

    [Fact]
    public void A_spelling_met_again_after_the_unit_took_another_name_reads_as_an_alias_of_it()
    {
        var directory = new UnitDirectory([], Aliases);
        var first = directory.Resolve("水利局");
        directory.Resolve("旗水利局");
        var again = directory.Resolve("水利局");
        Assert.Equal((first.Unit, false, true), (again.Unit, again.Created, again.ViaAlias));
        Assert.Equal(("工科局", false, "旗工信和科技局"), (directory.Resolve("工科局").Unit.Name, directory.Resolve("工科局").Created,
            directory.Resolve("工科局").AliasEntry));
        Assert.Equal(2, directory.Units.Count());
    }

    [Fact]
    public void An_alias_added_to_the_file_later_joins_the_existing_unit()
    {
        var existing = new Unit("旗工信和科技局", UnitKind.Department);
        var directory = new UnitDirectory([existing], [new("旗工信和科技局", ["工科局", "科技局"])]);
        Assert.Same(existing, directory.Resolve("科技局").Unit);
        Assert.Contains(existing.Aliases, a => a.Name == "科技局");
    }

    [Theory]
    [InlineData("各苏木镇", UnitKind.Township)]
    [InlineData("旗直各部门", UnitKind.Department)]
    [InlineData("旗直各有关部门", UnitKind.Department)]
    [InlineData("各地各部门", UnitKind.Township | UnitKind.Department | UnitKind.Park)]
    public void A_collective_stands_for_every_unit_of_its_kinds(string collective, UnitKind covered)
    {
        var directory = new UnitDirectory([], []);
        var unit = directory.Resolve(collective).Unit;
        Assert.True(unit.IsCollective);
        Assert.Equal(covered, unit.Covers & covered);
    }

    [Theory]
    [InlineData("乌兰镇", UnitKind.Township)]
    [InlineData("苏米图苏木", UnitKind.Township)]
    [InlineData("鄂托克经济开发区管委会", UnitKind.Park)]
    [InlineData("文旅投公司", UnitKind.Company)]
    [InlineData("市生态环境局乌审分局", UnitKind.Branch)]
    [InlineData("旗委组织部", UnitKind.PartyOrgan)]
    [InlineData("旗发改委", UnitKind.Department)]
    public void A_units_kind_is_inferred_from_its_name(string name, UnitKind kind) =>
        Assert.Equal(kind, UnitKinds.Infer(name));
}
