using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Cli;
using TaskBot.Data;
using TaskBot.Documents.Charts;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;
using TaskBot.Words;

namespace TaskBot.Tests.Documents;

/// <summary>An office whose locale is en-US gets its 通报 and its charts in English words.</summary>
[Collection(TestCollections.Documents)]
public abstract class BulletinLocaleTests(PostgresServer postgres, StorageProvider provider) : ExportTestBase(postgres, provider)
{
    protected override Task ReportsAsync() => ReportAsync(2, ReportStatus.OnSchedule, 60, "Investment contracts signed.", "none");

    /// <summary>What the 通报 asked the chart renderer to draw: each chart's title and the locale of its labels.</summary>
    private sealed class RecordingCharts(ISupervisionCharts charts) : ISupervisionCharts
    {
        public List<(string Locale, string Title)> Drawn { get; } = [];

        public Chart LightsBy(LocaleText words, string title, IEnumerable<(string Name, IReadOnlyList<TaskAssessment> Tasks)> groups)
        {
            Drawn.Add((words.Locale, title));
            return charts.LightsBy(words, title, groups);
        }

        public Chart CompletionVsSchedule(LocaleText words, string title, IEnumerable<TaskAssessment> tasks)
        {
            Drawn.Add((words.Locale, title));
            return charts.CompletionVsSchedule(words, title, tasks);
        }
    }

    [Fact]
    public async Task An_english_office_gets_the_bulletin_charts_in_english_words()
    {
        var charts = new RecordingCharts(new SupervisionCharts(null));
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-bulletin-en-").FullName, "bulletin.docx");
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["export", "bulletin", "--out", path, "--Dialogs:DefaultLocale=en-US"], new StringWriter(), error,
            Store.Settings, services => services.AddSingleton<TimeProvider>(Clock).AddSingleton<ISupervisionCharts>(charts));

        Assert.True(code == 0, error.ToString());
        var english = await TestApp.WithServicesAsync(Store, sp => Task.FromResult(sp.GetRequiredService<BotText>().For("en-US")));
        Assert.Equal([("en-US", english.Say("bulletin.chart")), ("en-US", english.Say("charts.completion"))], charts.Drawn);
        using var document = WordprocessingDocument.Open(path, false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(english.Say("bulletinDocument.overallHeading"), paragraphs);
        Assert.Equal(2, document.MainDocumentPart.ImageParts.Count());
    }
}

public sealed class SqliteBulletinLocaleTests(PostgresServer postgres) : BulletinLocaleTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlBulletinLocaleTests(PostgresServer postgres) : BulletinLocaleTests(postgres, StorageProvider.PostgreSql);
