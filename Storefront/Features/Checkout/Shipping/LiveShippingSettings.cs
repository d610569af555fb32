using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Data;
using Storefront.Features.Catalog.ProductPage;

namespace Storefront.Features.Checkout.Shipping;

/// <summary>The shipping rules in force: the configuration with the merchant's stored values laid over it.</summary>
public sealed record EffectiveShipping(ShippingOptions Shipping, DeliveryOptions Delivery, bool FromMerchant);

/// <summary>
/// The shipping rules the checkout, the cart and the free-shipping bar read. The stored row is read at most every
/// <see cref="CacheFor"/> (one primary-key read) and at once after the merchant saves in this process; another
/// instance of the shop picks a change up within that time.
/// </summary>
public sealed class LiveShippingSettings(IDbContextFactory<StorefrontDb> dbFactory, IOptions<ShippingOptions> shipping, IOptions<DeliveryOptions> delivery)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private volatile Snapshot? current;

    private sealed record Snapshot(EffectiveShipping Value, long LoadedAtTicks);

    public EffectiveShipping Current
    {
        get
        {
            var snapshot = current;
            if (snapshot is null || Environment.TickCount64 - snapshot.LoadedAtTicks > (long)CacheFor.TotalMilliseconds)
            {
                snapshot = new Snapshot(Load(), Environment.TickCount64);
                current = snapshot;
            }
            return snapshot.Value;
        }
    }

    /// <summary>Called after a save, so the next read sees the merchant's new values.</summary>
    public void Invalidate() => current = null;

    /// <summary>What applies with no stored row: the appsettings.json defaults.</summary>
    public EffectiveShipping Defaults => new(shipping.Value, delivery.Value, false);

    private EffectiveShipping Load()
    {
        // Synchronous on purpose: the shipping rules are plain methods, and this runs once per cache period.
        using var db = dbFactory.CreateDbContext();
        var row = db.Set<ShippingSettings>().AsNoTracking().FirstOrDefault(s => s.Id == ShippingSettings.SingletonId);
        return row is null ? Defaults : Merge(row);
    }

    internal EffectiveShipping Merge(ShippingSettings row)
    {
        var s = shipping.Value;
        var d = delivery.Value;
        return new EffectiveShipping(
            new ShippingOptions
            {
                FreeShippingThresholdCents = row.FreeShippingThresholdCents,
                StandardCents = row.StandardCents,
                ExpressCents = row.ExpressCents,
                ExpressLeadDaysMin = row.ExpressLeadDaysMin,
                ExpressLeadDaysMax = row.ExpressLeadDaysMax,
                PickUpCents = s.PickUpCents,
                PickUpLeadDaysMin = s.PickUpLeadDaysMin,
                PickUpLeadDaysMax = s.PickUpLeadDaysMax,
                PickUpStore = s.PickUpStore,
                Countries = s.Countries,
            },
            new DeliveryOptions
            {
                TimeZone = d.TimeZone,
                DispatchCutoffHour = d.DispatchCutoffHour,
                StandardLeadDaysMin = row.StandardLeadDaysMin,
                StandardLeadDaysMax = row.StandardLeadDaysMax,
            },
            true);
    }
}
