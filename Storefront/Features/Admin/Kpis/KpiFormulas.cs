using Storefront.Common;

namespace Storefront.Features.Admin.Kpis;

/// <summary>
/// The KPI arithmetic, apart from the queries so each formula is checked on plain numbers. A ratio whose denominator
/// is zero has no value (null, shown as "—"), never 0 % or 100 %.
/// </summary>
public static class KpiFormulas
{
    /// <summary>Longest period one report covers: two years, so the day chart stays readable and the queries bounded.</summary>
    public const int MaxDays = 731;

    /// <summary>
    /// A customer counts as "a customer at" a moment while their last non-cancelled order is at most this many days
    /// before it. Without such a window nobody is ever lost and the retention formula is 100 % by construction.
    /// </summary>
    public const int ActiveCustomerDays = 365;

    public static readonly int[] PresetDays = [7, 30, 90];

    public static KpiPeriod LastDays(DateOnly today, int days) => new(today.AddDays(-(days - 1)), today);

    /// <summary>part / whole × 100, rounded to one decimal; null when whole is 0.</summary>
    public static decimal? Percent(long part, long whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Average order value in whole cents (rounded half away from zero); null without orders.</summary>
    public static Money? AverageOrderValue(long revenueCents, int orders) =>
        orders == 0 ? null : new Money((long)Math.Round((decimal)revenueCents / orders, MidpointRounding.AwayFromZero));

    /// <summary>Customer retention rate: ((customers at end − new customers) / customers at start) × 100.</summary>
    public static decimal? Retention(int atStart, int atEnd, int newCustomers) => Percent(atEnd - newCustomers, atStart);

    /// <summary>A step's shoppers who never completed it; never negative (a completion may stem from before the period).</summary>
    public static FunnelStep Step(string step, int reached, int completed)
    {
        var left = Math.Max(0, reached - completed);
        return new FunnelStep(step, reached, completed, left, Percent(left, reached));
    }

    /// <summary>Every day of the period, zero where nothing was sold, so the line chart has no gaps.</summary>
    public static IReadOnlyList<DailyRevenue> FillDays(KpiPeriod period, IReadOnlyDictionary<DateOnly, (long Cents, int Orders)> sold) =>
        Enumerable.Range(0, period.Days).Select(i => period.From.AddDays(i))
            .Select(d => sold.TryGetValue(d, out var s) ? new DailyRevenue(d, new Money(s.Cents), s.Orders) : new DailyRevenue(d, new Money(0), 0))
            .ToList();
}
