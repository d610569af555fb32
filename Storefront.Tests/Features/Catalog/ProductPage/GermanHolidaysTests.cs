using Storefront.Features.Catalog.ProductPage;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class GermanHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Computes_Easter_Sunday(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), GermanHolidays.EasterSunday(year));
    }

    [Fact]
    public void Knows_the_nine_nationwide_holidays_of_2026()
    {
        var holidays = Enumerable.Range(0, 365).Select(d => new DateOnly(2026, 1, 1).AddDays(d)).Where(GermanHolidays.IsHoliday).ToList();

        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 14),
            new(2026, 5, 25), new(2026, 10, 3), new(2026, 12, 25), new(2026, 12, 26),
        ];
        Assert.Equal(expected, holidays);
    }

    [Fact]
    public void Christmas_Eve_and_regional_holidays_are_working_days()
    {
        Assert.False(GermanHolidays.IsHoliday(new DateOnly(2026, 12, 24)));
        Assert.False(GermanHolidays.IsHoliday(new DateOnly(2026, 1, 6)));
        Assert.False(GermanHolidays.IsHoliday(new DateOnly(2026, 6, 4)));
    }
}
