using TaskBot.Domain.Periods;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TaskBot.Import;

/// <summary>Reads seeds/holidays.yaml, the office's holiday and make-up working day calendar.</summary>
public static class HolidayFile
{
    public static WorkingDayCalendar Load(string path)
    {
        if (!File.Exists(path)) return new WorkingDayCalendar([], []);
        try
        {
            var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<FileModel?>(File.ReadAllText(path)) ?? new FileModel();
            var years = file.Years.Values.ToList();
            var holidays = years.SelectMany(y => y.Holidays).SelectMany(h => Days(h, path));
            return new WorkingDayCalendar(holidays, years.SelectMany(y => y.Workdays).Select(d => Date(d, path)));
        }
        catch (YamlException e)
        {
            throw new PlanFormatException($"{path}: {e.Message}", (int)e.Start.Line);
        }
    }

    private static IEnumerable<DateOnly> Days(HolidayModel holiday, string path)
    {
        var (from, to) = (Date(holiday.From, path), Date(holiday.To ?? holiday.From, path));
        if (to < from) throw new PlanFormatException($"{path}: {holiday.Name} ends before it starts");
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    private static DateOnly Date(string text, string path) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var d) ? d : throw new PlanFormatException($"{path}: \"{text}\" is not a date (yyyy-MM-dd)");

    private sealed class FileModel
    {
        public Dictionary<int, YearModel> Years { get; set; } = [];
    }

    private sealed class YearModel
    {
        public List<HolidayModel> Holidays { get; set; } = [];
        public List<string> Workdays { get; set; } = [];
    }

    private sealed class HolidayModel
    {
        public string Name { get; set; } = "";
        public string From { get; set; } = "";
        public string? To { get; set; }
    }
}
