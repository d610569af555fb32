namespace Storefront.Features.Catalog.ProductPage;

/// <summary>
/// The public holidays observed in every German state: the fixed ones and those that move with Easter.
/// Regional holidays (e.g. Epiphany, Corpus Christi) are not included: parcels still move between states on them.
/// </summary>
public static class GermanHolidays
{
    public static bool IsHoliday(DateOnly day)
    {
        switch (day.Month, day.Day)
        {
            case (1, 1):   // Neujahr
            case (5, 1):   // Tag der Arbeit
            case (10, 3):  // Tag der Deutschen Einheit
            case (12, 25): // 1. Weihnachtstag
            case (12, 26): // 2. Weihnachtstag
                return true;
        }
        var offset = day.DayNumber - EasterSunday(day.Year).DayNumber;
        // Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag
        return offset is -2 or 1 or 39 or 50;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
