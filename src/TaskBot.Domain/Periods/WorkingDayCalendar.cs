namespace TaskBot.Domain.Periods;

/// <summary>
/// Which days are working days: weekdays, less public holidays (法定节假日), plus make-up working days (调休上班),
/// which count even on a Saturday or Sunday. Reminders due on a day off move to the next working day.
/// </summary>
public sealed class WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _workdays = [.. makeUpWorkdays];

    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) || (!_holidays.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The day itself when it is a working day, else the next one.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }
}
