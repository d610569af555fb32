using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using Storefront.Features.Catalog.ProductPage;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class DeliveryEstimatorTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static FakeTimeProvider ClockAtBerlin(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new FakeTimeProvider(new DateTimeOffset(local, Berlin.GetUtcOffset(local)));
    }

    private static DeliveryEstimator Estimator(TimeProvider clock, int min = 1, int max = 2) =>
        new(new DeliveryOptions { DispatchCutoffHour = 14, StandardLeadDaysMin = min, StandardLeadDaysMax = max }, clock);

    private static DeliveryWindow Window(int month, int firstDay, int lastMonth, int lastDay, int year = 2025) =>
        new(new DateOnly(year, month, firstDay), new DateOnly(year, lastMonth, lastDay));

    [Fact]
    public void Ordered_before_the_cutoff_it_ships_today()
    {
        var clock = ClockAtBerlin(2025, 11, 24, 13, 59); // Monday

        Assert.Equal(Window(11, 25, 11, 26), Estimator(clock).Estimate());
    }

    [Fact]
    public void Ordered_at_or_after_the_cutoff_it_ships_the_next_working_day()
    {
        var clock = ClockAtBerlin(2025, 11, 24, 13, 59);
        var estimator = Estimator(clock);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(Window(11, 26, 11, 27), estimator.Estimate());
    }

    [Fact]
    public void Weekends_are_skipped_in_transit()
    {
        var clock = ClockAtBerlin(2025, 11, 27, 9); // Thursday

        Assert.Equal(new DeliveryWindow(new DateOnly(2025, 11, 28), new DateOnly(2025, 12, 1)), Estimator(clock).Estimate());
    }

    [Theory]
    [InlineData(28, 15)] // Friday after the cutoff
    [InlineData(29, 10)] // Saturday
    [InlineData(30, 10)] // Sunday
    public void Orders_from_Friday_afternoon_to_Sunday_ship_on_Monday(int day, int hour)
    {
        var clock = ClockAtBerlin(2025, 11, day, hour);

        Assert.Equal(Window(12, 2, 12, 3), Estimator(clock).Estimate());
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_are_not_delivery_days()
    {
        var clock = ClockAtBerlin(2026, 4, 2, 10); // Maundy Thursday, before the cutoff

        Assert.Equal(Window(4, 7, 4, 8, year: 2026), Estimator(clock).Estimate());
    }

    [Fact]
    public void Christmas_pushes_delivery_past_the_holidays()
    {
        var clock = ClockAtBerlin(2025, 12, 23, 15); // Tuesday after the cutoff: ships on Christmas Eve

        Assert.Equal(Window(12, 29, 12, 30), Estimator(clock).Estimate());
    }

    [Theory]
    [InlineData(7, 14, 12, 30, 7, 16)] // 14:30 summer time: after the cutoff
    [InlineData(1, 14, 12, 30, 1, 15)] // 13:30 winter time: before the cutoff
    public void The_cutoff_is_Berlin_time_in_summer_and_winter(int month, int day, int utcHour, int utcMinute, int expectedMonth, int expectedDay)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, month, day, utcHour, utcMinute, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, expectedMonth, expectedDay), Estimator(clock).Estimate().Earliest);
    }

    [Fact]
    public void A_lead_time_of_one_day_gives_a_single_day()
    {
        var clock = ClockAtBerlin(2025, 11, 24, 9);

        Assert.Equal(Window(11, 25, 11, 25), Estimator(clock, min: 1, max: 1).Estimate());
    }

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(25, 1, 2)]
    [InlineData(14, 3, 2)]
    [InlineData(14, -1, 2)]
    public void Invalid_lead_times_are_refused(int cutoff, int min, int max)
    {
        var options = new DeliveryOptions { DispatchCutoffHour = cutoff, StandardLeadDaysMin = min, StandardLeadDaysMax = max };

        Assert.False(options.IsValid(out var problem));
        Assert.NotNull(problem);
        Assert.Throws<ArgumentException>(() => new DeliveryEstimator(options, TimeProvider.System));
    }

    [Theory]
    [InlineData("en", 27, 28, 11, "Delivery: Thu 27 – Fri 28 Nov")]
    [InlineData("en", 28, 1, 12, "Delivery: Fri 28 Nov – Mon 1 Dec")]
    [InlineData("en", 28, 28, 11, "Delivery: Fri 28 Nov")]
    [InlineData("de", 27, 28, 11, "Lieferung: Do")]
    public void The_window_reads_naturally_in_both_languages(string culture, int firstDay, int lastDay, int lastMonth, string expectedStart)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<ProductPageText>>();
        var window = new DeliveryWindow(new DateOnly(2025, 11, firstDay), new DateOnly(2025, lastMonth, lastDay));
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.StartsWith(expectedStart, window.Describe(text));
            if (culture == "de")
            {
                Assert.EndsWith("27. – Fr, 28. Nov.", window.Describe(text).Replace("Fr.,", "Fr,"));
            }
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
