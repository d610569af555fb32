using Storefront.Common;

namespace Storefront.Features.Checkout;

/// <summary>A line to price: the catalog's current unit price, never one posted by the browser.</summary>
public sealed record PricedLine(long UnitPriceCents, int Quantity, int VatRatePercent)
{
    public long TotalCents => UnitPriceCents * Quantity;
}

/// <summary>What an order costs. All amounts are gross (VAT included).</summary>
public sealed record OrderTotals(Money Subtotal, Money Shipping, Money Discount, Money Total, Money Vat);

/// <summary>
/// Totals and the VAT contained in them. Shipping and discounts carry the VAT of the goods they belong to, split
/// in proportion to each rate's share of the subtotal (the usual German treatment of ancillary costs).
/// </summary>
public static class OrderPricing
{
    public static OrderTotals Price(IReadOnlyList<PricedLine> lines, long shippingCents, long discountCents = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shippingCents);
        ArgumentOutOfRangeException.ThrowIfNegative(discountCents);
        var subtotal = lines.Sum(l => l.TotalCents);
        discountCents = Math.Min(discountCents, subtotal);
        var total = subtotal + shippingCents - discountCents;
        var groups = lines.GroupBy(l => l.VatRatePercent).Select(g => (Rate: g.Key, Gross: g.Sum(l => l.TotalCents))).OrderBy(g => g.Rate).ToList();
        long vat = 0;
        long allocated = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var (rate, gross) = groups[i];
            // The last group takes what rounding left, so the shares add up to exactly the extra amount.
            var share = i == groups.Count - 1 ? (shippingCents - discountCents) - allocated
                : subtotal == 0 ? 0 : (long)Math.Round((shippingCents - discountCents) * (decimal)gross / subtotal, MidpointRounding.AwayFromZero);
            allocated += share;
            vat += VatOf(gross + share, rate);
        }
        return new OrderTotals(new Money(subtotal), new Money(shippingCents), new Money(discountCents), new Money(total), new Money(vat));
    }

    /// <summary>The VAT contained in a gross amount: gross × rate / (100 + rate), rounded half away from zero.</summary>
    public static long VatOf(long grossCents, int ratePercent) =>
        (long)Math.Round(grossCents * (decimal)ratePercent / (100 + ratePercent), MidpointRounding.AwayFromZero);
}
