using System.Net;
using TaskBot.Data;
using TaskBot.Data.Evidence;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Evidence;

/// <summary>With Storage:Files set, evidence is kept in that folder rather than in the database, and downloads the same.</summary>
[Collection(TestCollections.Documents)]
public abstract class EvidenceFolderTests(PostgresServer postgres, StorageProvider provider) : EvidenceTestBase(postgres, provider)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}");

    protected override void Configure(TestStore store) => store.With("Storage:Files", _folder);

    [Fact]
    public async Task Evidence_is_kept_in_the_folder_under_a_name_of_its_own_and_downloads_from_there()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await unit.SendAsync(FileMessage(unit, Png, "../../现场.png", "第11项"));

        var stored = Assert.Single(Directory.GetFiles(_folder));
        Assert.Equal(Png, await File.ReadAllBytesAsync(stored));
        Assert.DoesNotContain("现场", Path.GetFileName(stored));
        var record = await Bot.WithScopeAsync(sp => Task.FromResult(sp.Db().Set<EvidenceContentRecord>().Single()));
        Assert.Null(record.Content);
        var (status, content, _) = await DownloadAsync(Links((await unit.SayAsync("详情 11")).Texts())["现场.png"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Png, content);
    }
}

public sealed class SqliteEvidenceFolderTests(PostgresServer postgres) : EvidenceFolderTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlEvidenceFolderTests(PostgresServer postgres) : EvidenceFolderTests(postgres, StorageProvider.PostgreSql);
