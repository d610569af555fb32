using Storefront.Common;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Checkout.Shipping;
using Storefront.Features.Orders;

namespace Storefront.Features.Checkout;

/// <summary>How far a cart is from free shipping (no distance at all when a free-shipping voucher waives it).</summary>
public sealed record FreeShippingProgress(Money Subtotal, Money Threshold, bool WaivedByVoucher = false)
{
    public bool Unlocked => WaivedByVoucher || Subtotal.Cents >= Threshold.Cents;
    public Money Remaining => Unlocked ? new Money(0) : Threshold - Subtotal;

    /// <summary>0–100, for the progress bar.</summary>
    public int Percent => Threshold.Cents <= 0 || Unlocked ? 100 : (int)Math.Clamp(Subtotal.Cents * 100 / Threshold.Cents, 0, 100);
}

/// <summary>A way to ship with what it costs for this cart and when it arrives.</summary>
public sealed record ShippingChoice(ShippingMethod Method, Money Cost, DeliveryWindow Window);

/// <summary>
/// Shipping costs, the free-shipping threshold and delivery windows per method: the merchant's values when stored,
/// else the configuration's (see <see cref="LiveShippingSettings"/>, which caches them). No I/O of its own.
/// </summary>
public sealed class ShippingRules(LiveShippingSettings live, TimeProvider clock)
{
    public ShippingOptions Options => live.Current.Shipping;

    /// <param name="thresholdCents">The shopper's own threshold (a loyalty tier's), when lower than the shop's.</param>
    public FreeShippingProgress Progress(Money subtotal, long? thresholdCents = null) => new(subtotal, new Money(Threshold(thresholdCents)));

    private long Threshold(long? tierThreshold) => Math.Min(tierThreshold ?? long.MaxValue, Options.FreeShippingThresholdCents);

    /// <param name="freeStandard">A free-shipping voucher applies: standard shipping costs nothing whatever the subtotal.</param>
    /// <param name="thresholdCents">The shopper's loyalty tier's free-shipping threshold, if it has one.</param>
    public Money CostOf(ShippingMethod method, Money subtotal, bool freeStandard = false, long? thresholdCents = null) => method switch
    {
        ShippingMethod.Standard => freeStandard || subtotal.Cents >= Threshold(thresholdCents) ? new Money(0) : new Money(Options.StandardCents),
        ShippingMethod.Express => new Money(Options.ExpressCents),
        ShippingMethod.PickUpInStore => new Money(Options.PickUpCents),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public DeliveryWindow WindowOf(ShippingMethod method)
    {
        var d = live.Current.Delivery;
        var (min, max) = method switch
        {
            ShippingMethod.Express => (Options.ExpressLeadDaysMin, Options.ExpressLeadDaysMax),
            ShippingMethod.PickUpInStore => (Options.PickUpLeadDaysMin, Options.PickUpLeadDaysMax),
            _ => (d.StandardLeadDaysMin, d.StandardLeadDaysMax),
        };
        var estimator = new DeliveryEstimator(new DeliveryOptions
        {
            TimeZone = d.TimeZone,
            DispatchCutoffHour = d.DispatchCutoffHour,
            StandardLeadDaysMin = min,
            StandardLeadDaysMax = max,
        }, clock);
        return estimator.Estimate();
    }

    public IReadOnlyList<ShippingChoice> Choices(Money subtotal, bool freeStandard = false, long? thresholdCents = null) =>
        Enum.GetValues<ShippingMethod>().Select(m => new ShippingChoice(m, CostOf(m, subtotal, freeStandard, thresholdCents), WindowOf(m))).ToList();

    public bool ShipsTo(string? country) => country is not null && Options.ShipsTo.Contains(country, StringComparer.Ordinal);
}

public static class DeliveryWindowText
{
    /// <summary>"Thu 27 – Fri 28 Nov" / "Do. 27. – Fr. 28. Nov." in the current culture.</summary>
    public static string Range(this DeliveryWindow w, Microsoft.Extensions.Localization.IStringLocalizer<CheckoutText> text) =>
        w.Earliest == w.Latest ? text["DateSingle", w.Earliest]
        : w.Earliest.Month == w.Latest.Month ? text["DateSameMonth", w.Earliest, w.Latest]
        : text["DateAcrossMonths", w.Earliest, w.Latest];
}
