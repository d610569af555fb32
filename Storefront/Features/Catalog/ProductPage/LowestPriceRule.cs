using Storefront.Common;

namespace Storefront.Features.Catalog.ProductPage;

/// <summary>One row of a variant's price history: the price that applied from <see cref="FromUtc"/> on.</summary>
public readonly record struct PricePoint(DateTime FromUtc, long PriceCents);

/// <summary>
/// German price law (§11 PAngV): a price reduction may only be advertised against the lowest price the variant had
/// in the 30 days before the reduction took effect. Pure, so the rule is tested without a database.
/// </summary>
public static class LowestPriceRule
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(30);

    /// <summary>
    /// The price to show struck through next to <paramref name="currentCents"/>, or null when no reduction may be
    /// shown: no history before the current price, or the lowest price of the 30 days before it is not higher.
    /// </summary>
    /// <remarks>
    /// The reduction "took effect" when the current price started: the first of the latest rows that all carry the
    /// current price. Rows dated after <paramref name="nowUtc"/> (scheduled prices) are ignored. When the newest row
    /// does not match the current price (the price changed without a history row), the change is taken to be now.
    /// Successive reductions are each measured against their own 30 days (the strict reading of the rule).
    /// </remarks>
    public static Money? ReferencePrice(long currentCents, IEnumerable<PricePoint> history, DateTime nowUtc)
    {
        var past = history.Where(p => p.FromUtc <= nowUtc).OrderBy(p => p.FromUtc).ToList();
        var effective = nowUtc;
        var last = past.Count - 1;
        if (last >= 0 && past[last].PriceCents == currentCents)
        {
            while (last > 0 && past[last - 1].PriceCents == currentCents)
            {
                last--;
            }
            effective = past[last].FromUtc;
        }

        var windowStart = effective - Period;
        long? lowest = null;
        for (var i = 0; i < past.Count; i++)
        {
            var from = past[i].FromUtc;
            var until = i + 1 < past.Count ? past[i + 1].FromUtc : DateTime.MaxValue;
            // The price applied during [from, until); it counts if that overlaps [windowStart, effective).
            if (from < until && from < effective && until > windowStart)
            {
                lowest = Math.Min(lowest ?? long.MaxValue, past[i].PriceCents);
            }
        }
        return lowest > currentCents ? new Money(lowest.Value) : null;
    }
}
