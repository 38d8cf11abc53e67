using System.Diagnostics;
using System.Net;
using System.Text;
using TaskBot.Documents;
using TaskBot.Domain.Tests;
using TaskBot.Import;

namespace TaskBot.Tests.Documents;

/// <summary>Word documents and workbooks written by another program (LibreOffice) from the text seeds read as the seeds.</summary>
public class LibreOfficeTests
{
    [Fact]
    public async Task The_section_seed_converted_to_docx_reads_as_the_seed()
    {
        var seed = RepoFiles.Seed("000_bd77716a55a06823.txt");

        var docx = await ConvertAsync(seed, "Text (encoded):UTF8,LF,,,", "000.txt");

        Assert.Equal(PlanText.Json(PlanParser.ParseFile(seed)), PlanText.Json(PlanDocument.ParseFile(docx).Plan));
    }

    [Fact]
    public async Task The_table_seed_as_a_word_table_with_merged_cells_reads_as_the_seed()
    {
        var seed = RepoFiles.Seed("002_286189d50c2e543b.txt");

        var docx = await ConvertAsync(seed, "HTML (StarWriter)", "002.html", Html(File.ReadAllText(seed)));

        Assert.Equal(PlanText.Json(PlanParser.ParseFile(seed)), PlanText.Json(PlanDocument.ParseFile(docx).Plan));
    }

    [Fact]
    public async Task The_table_seed_saved_by_calc_as_a_workbook_reads_as_the_seed()
    {
        var seed = RepoFiles.Seed("002_286189d50c2e543b.txt");

        var xlsx = await ConvertAsync(seed, "CSV:44,34,76,1", "002.csv", Csv(File.ReadAllText(seed)), "xlsx:Calc MS Excel 2007 XML");

        Assert.Equal(PlanText.Json(PlanParser.ParseFile(seed)), PlanText.Json(PlanDocument.ParseFile(xlsx).Plan));
    }

    /// <summary>The seed's title and table as comma-separated rows, every cell quoted (leader cells hold line breaks).</summary>
    private static string Csv(string seed)
    {
        var header = seed.IndexOf("\n\t序号", StringComparison.Ordinal);
        var title = seed[..header].Split('\n').Last(l => l.Trim().Length > 0).Trim();
        var rows = seed[(header + 1)..].Split("\n\n").Where(b => b.StartsWith('\t')).Select(b => b.TrimStart('\t').Split("\n\t"));
        static string Quoted(string cell) => "\"" + cell.TrimEnd('\n').Replace("\"", "\"\"") + "\"";
        return string.Join("\n", rows.Select(r => string.Join(",", r.Select(Quoted))).Prepend(Quoted(title))) + "\n";
    }

    /// <summary>The seed's table as an HTML table, a leader cell repeated on the next row merged into it (rowspan).</summary>
    private static string Html(string seed)
    {
        var header = seed.IndexOf("\n\t序号", StringComparison.Ordinal);
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        foreach (var line in seed[..header].Split('\n')) html.Append($"<p>{WebUtility.HtmlEncode(line)}</p>");
        var rows = seed[(header + 1)..].Split("\n\n").Where(b => b.StartsWith('\t'))
            .Select(b => b.TrimStart('\t').Split("\n\t")).ToList();
        html.Append("<table border=\"1\">");
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (c == 2 && r > 1 && rows[r - 1][2] == rows[r][2]) continue;
                var span = c == 2 ? rows.Skip(r).TakeWhile(x => x[2] == rows[r][2]).Count() : 1;
                var cell = string.Join("<br>", rows[r][c].Split('\n').Select(WebUtility.HtmlEncode));
                html.Append(span > 1 && r > 0 ? $"<td rowspan=\"{span}\">{cell}</td>" : $"<td>{cell}</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table></body></html>").ToString();
    }

    private static async Task<string> ConvertAsync(string seed, string filter, string name, string? content = null,
        string to = "docx:MS Word 2007 XML")
    {
        var dir = Directory.CreateTempSubdirectory("taskbot-lo-").FullName;
        var input = Path.Combine(dir, name);
        if (content is null) File.Copy(seed, input);
        else await File.WriteAllTextAsync(input, content);
        var start = new ProcessStartInfo("soffice", ["--headless", $"-env:UserInstallation=file://{dir}/profile",
            $"--infilter={filter}", "--convert-to", to, "--outdir", dir, input])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        var output = Path.ChangeExtension(input, "." + to.Split(':')[0]);
        Assert.True(File.Exists(output),
            $"LibreOffice (libreoffice-writer-nogui, libreoffice-calc-nogui) wrote no {output}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
