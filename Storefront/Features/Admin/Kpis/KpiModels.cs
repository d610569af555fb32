using Storefront.Common;

namespace Storefront.Features.Admin.Kpis;

/// <summary>A reporting period of whole UTC days, both ends included.</summary>
public sealed record KpiPeriod(DateOnly From, DateOnly To)
{
    public DateTime StartUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Exclusive end: midnight after <see cref="To"/>.</summary>
    public DateTime EndUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public int Days => To.DayNumber - From.DayNumber + 1;
}

public sealed record DailyRevenue(DateOnly Day, Money Revenue, int Orders);

public sealed record TopProduct(int ProductId, string Name, int Units, Money Revenue);

/// <summary>Stream cards of one kind: shown, opened, and the share opened (null when none were shown).</summary>
public sealed record StreamCardRate(string Kind, int Impressions, int Clicks, decimal? ClickThroughPercent);

/// <summary>A checkout step: shoppers who saw it, who completed it, who left there (saw it but never completed it).</summary>
public sealed record FunnelStep(string Step, int Reached, int Completed, int Left, decimal? LeftPercent);

/// <summary>
/// The free-shipping bar: shoppers who saw it in the period, those who then filled their cart past the threshold,
/// and the average order value of the crossers' orders against all other orders of the period.
/// </summary>
public sealed record FreeShippingEffect(int CartsShown, int CartsCrossed, decimal? CrossedPercent, int CrossedOrders, Money? CrossedAov, int OtherOrders, Money? OtherAov);

/// <summary>The customer counts behind the retention rate (see KpiFormulas.Retention).</summary>
public sealed record RetentionCounts(int AtStart, int AtEnd, int New, decimal? RetentionPercent);

public sealed record KpiReport(
    KpiPeriod Period,
    Money Revenue,
    int Orders,
    Money? AverageOrderValue,
    int Sessions,
    int SessionsWithPurchase,
    decimal? ConversionPercent,
    int Buyers,
    int RepeatBuyers,
    decimal? RepeatPurchasePercent,
    RetentionCounts Retention,
    IReadOnlyList<DailyRevenue> RevenuePerDay,
    IReadOnlyList<TopProduct> TopProducts,
    IReadOnlyList<StreamCardRate> StreamCards,
    FreeShippingEffect FreeShipping,
    IReadOnlyList<FunnelStep> Funnel);

/// <summary>Either a report or the reason there is none (a bad period), in words.</summary>
public sealed record KpiResult(KpiReport? Report, string? Error);
