using ScottPlot;
using TaskBot.Domain.Behind;
using TaskBot.Words;

namespace TaskBot.Documents.Charts;

/// <summary>
/// The two charts the 通报 and the half-month digest carry: tasks by light per leader or unit (stacked bars), and
/// each task's completion against its 序时进度 (points against the diagonal: below it is behind).
/// </summary>
public sealed class SupervisionCharts : ISupervisionCharts
{
    private const string FontName = "TaskBotCjk";
    private static readonly Color Green = Color.FromHex("#00B050");
    private static readonly Color Yellow = Color.FromHex("#FFC000");
    private static readonly Color Red = Color.FromHex("#FF0000");
    private static readonly Color Waiting = Color.FromHex("#5B9BD5");
    private static readonly (string Mark, Color Color)[] Marks =
        [(nameof(Light.Green), Green), (nameof(Light.Yellow), Yellow), (nameof(Light.Red), Red), (nameof(TaskAssessment.AwaitingReview), Waiting)];
    private readonly string? _font;

    /// <param name="fontPath">A CJK font file (<see cref="ChartFont.Find"/>); null draws with ScottPlot's own font.</param>
    public SupervisionCharts(string? fontPath)
    {
        if (fontPath is null) return;
        // ScottPlot keeps fonts in a process-wide list; adding the same file again replaces it.
        Fonts.AddFontFile(FontName, fontPath);
        _font = FontName;
    }

    public bool HasCjkFont => _font is not null;

    public Chart LightsBy(LocaleText words, string title, IEnumerable<(string Name, IReadOnlyList<TaskAssessment> Tasks)> groups)
    {
        var rows = groups.Where(g => g.Tasks.Count > 0).ToList();
        var plot = NewPlot(title);
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            double bottom = 0;
            foreach (var (mark, count) in Stack(rows[i].Tasks))
            {
                var color = Marks.First(m => m.Mark == mark).Color;
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + count, FillColor = color, Label = count.ToString() });
                bottom += count;
            }
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = false;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, rows.Count).Select(i => (double)i)], [.. rows.Select(r => r.Name)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = rows.Count > 6 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = rows.Count > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.Left.Label.Text = words.Say("charts.tasks");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.Say("charts.green"), FillColor = Green });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.Say("charts.yellow"), FillColor = Yellow });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.Say("charts.red"), FillColor = Red });
        if (rows.Any(r => r.Tasks.Any(t => t.AwaitingReview)))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.Say("charts.awaitingReview"), FillColor = Waiting });
        plot.ShowLegend(Alignment.UpperRight);
        return Render(plot, "lights", Math.Max(640, 60 * rows.Count + 160), 420);
    }

    public Chart CompletionVsSchedule(LocaleText words, string title, IEnumerable<TaskAssessment> tasks)
    {
        var reported = tasks.Where(t => t.Completion is not null).ToList();
        var plot = NewPlot(title);
        var diagonal = plot.Add.Line(0, 0, 100, 100);
        diagonal.LineColor = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = words.Say("charts.schedule");
        foreach (var (mark, color) in Marks)
        {
            var group = reported.Where(t => TaskText.MarkKey(t) == mark).ToList();
            if (group.Count == 0) continue;
            double[] xs = [.. group.Select(t => (double)t.Expected)], ys = [.. group.Select(t => (double)t.Completion!.Value)];
            var points = plot.Add.ScatterPoints(xs, ys);
            points.Color = color;
            points.MarkerSize = 8;
        }
        plot.Axes.SetLimits(0, 100, 0, 105);
        plot.Axes.Bottom.Label.Text = words.Say("charts.scheduleAxis");
        plot.Axes.Left.Label.Text = words.Say("charts.completionAxis");
        return Render(plot, "completion", 560, 480);
    }

    /// <summary>A bar's segments: how many tasks of each mark, 待核 apart from green (it is not done until 销号), none empty.</summary>
    public static IReadOnlyList<(string Mark, int Count)> Stack(IEnumerable<TaskAssessment> tasks)
    {
        var marks = tasks.Select(TaskText.MarkKey).ToList();
        return [.. Marks.Select(m => (m.Mark, marks.Count(x => x == m.Mark))).Where(s => s.Item2 > 0)];
    }

    private Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        if (_font is not null) plot.Font.Set(_font);
        return plot;
    }

    private static Chart Render(Plot plot, string name, int width, int height) =>
        new(name, plot.GetImageBytes(width, height, ImageFormat.Png), width, height);
}
