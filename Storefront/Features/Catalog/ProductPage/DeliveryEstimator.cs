using Microsoft.Extensions.Localization;

namespace Storefront.Features.Catalog.ProductPage;

/// <summary>The first and last day a standard parcel ordered now is expected, in the warehouse's calendar.</summary>
public sealed record DeliveryWindow(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>"Delivery: Thu 27 – Fri 28 Nov" / "Lieferung: Do, 27. – Fr, 28. Nov." in the current culture.</summary>
    public string Describe(IStringLocalizer<ProductPageText> text) =>
        Earliest == Latest ? text["DeliverySameDay", Earliest]
        : Earliest.Month == Latest.Month ? text["DeliverySameMonth", Earliest, Latest]
        : text["DeliveryAcrossMonths", Earliest, Latest];
}

/// <summary>
/// Delivery dates from the dispatch cutoff and the carrier's lead time, counted in working days
/// (Monday to Friday, without nationwide German public holidays). No I/O; the clock is injected.
/// </summary>
public sealed class DeliveryEstimator
{
    private readonly DeliveryOptions options;
    private readonly TimeProvider clock;
    private readonly TimeZoneInfo zone;

    public DeliveryEstimator(DeliveryOptions options, TimeProvider clock)
    {
        if (!options.IsValid(out var problem))
        {
            throw new ArgumentException(problem, nameof(options));
        }
        this.options = options;
        this.clock = clock;
        zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    /// <summary>The delivery window of a standard parcel ordered now.</summary>
    public DeliveryWindow Estimate()
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var dispatch = IsWorkingDay(today) && local.Hour < options.DispatchCutoffHour ? today : NextWorkingDay(today);
        return new DeliveryWindow(
            AddWorkingDays(dispatch, options.StandardLeadDaysMin),
            AddWorkingDays(dispatch, options.StandardLeadDaysMax));
    }

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !GermanHolidays.IsHoliday(day);

    private static DateOnly NextWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    private static DateOnly AddWorkingDays(DateOnly day, int count)
    {
        for (var i = 0; i < count; i++)
        {
            day = NextWorkingDay(day);
        }
        return day;
    }
}
