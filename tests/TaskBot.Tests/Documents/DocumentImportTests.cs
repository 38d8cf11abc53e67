using System.Text;
using Microsoft.EntityFrameworkCore;
using TaskBot.Data;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Documents;

/// <summary>`import` and `parse` of Word, Excel and files TaskBot cannot read, on each provider.</summary>
[Collection(TestCollections.Documents)]
public abstract class DocumentImportTests(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> PlanCount() => TestApp.WithDbAsync(_store, db => db.Plans.CountAsync());

    private static string Workbook() => new WorkbookFile()
        .Sheet("说明", [["填报说明"]])
        .Sheet("分解表", [["2025年重点工作任务分解表"], ["序号", "重点工作任务", "牵头领导", "牵头单位", "完成时限"],
            [1, "新建高标准农田8.2万亩。", "康  锐", "旗农牧局", new DateTime(2025, 6, 30)]])
        .Save("分解表.xlsx");

    [Fact]
    public async Task Importing_a_workbook_says_which_sheet_it_read()
    {
        var result = await Shell.RunAsync(_store, "import", Workbook(), "--year", "2025");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("sheet: 分解表\n", result.Output.Replace("\r", ""));
        Assert.Contains("tasks added: 1", result.Output);
    }

    [Fact]
    public async Task A_dry_run_shows_the_summary_and_stores_nothing()
    {
        var path = Workbook();

        var result = await Shell.RunAsync(_store, "import", path, "--dry-run", "--year", "2025");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dry run: nothing was stored", result.Output);
        Assert.Contains("tasks added: 1, updated: 0, unchanged: 0, withdrawn: 0, restored: 0", result.Output);
        Assert.Contains("units created: 1 (旗农牧局)", result.Output);
        Assert.Equal(0, await PlanCount());
        Assert.Contains("tasks added: 1", (await Shell.RunAsync(_store, "import", path, "--year", "2025")).Output);
    }

    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "分解方案.doc", Compound(""), "old Word document (.doc)" },
        { "分解表.xls", Compound(""), "save it as .xlsx" },
        { "分解方案.wps", Compound(""), "save it as .docx" },
        { "分解方案.docx", Compound("EncryptionInfo"), "protected by a password" },
        { "分解方案.pdf", "%PDF-1.7\n"u8.ToArray(), "PDF" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_file_TaskBot_cannot_read_is_one_line_saying_what_to_do_and_imports_nothing(string name, byte[] bytes, string says)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-bad-").FullName, name);
        await File.WriteAllBytesAsync(path, bytes);

        var result = await Shell.RunAsync(_store, "import", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(says, result.Error);
        Assert.Equal(0, await PlanCount());
    }

    [Fact]
    public async Task A_sheet_is_only_for_workbooks()
    {
        var result = await Shell.RunAsync(_store, "parse", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--sheet", "分解表");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sheet is for .xlsx workbooks only", result.Error);
    }

    // The compound-file header that .doc, .xls, .wps and password-protected Office files share.
    private static byte[] Compound(string stream) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes(stream)];
}

public sealed class SqliteDocumentImportTests(PostgresServer postgres) : DocumentImportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlDocumentImportTests(PostgresServer postgres) : DocumentImportTests(postgres, StorageProvider.PostgreSql);
