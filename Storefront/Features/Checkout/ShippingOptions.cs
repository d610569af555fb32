namespace Storefront.Features.Checkout;

/// <summary>
/// The checkout's keys of the "Shipping" section of appsettings.json: what shipping costs, from when it is free and
/// where the shop ships to. The lead times of standard parcels and the dispatch cutoff are read by
/// <c>Catalog.ProductPage.DeliveryOptions</c> from the same section.
/// </summary>
public sealed class ShippingOptions
{
    public const string Section = "Shipping";

    /// <summary>Standard shipping is free from this subtotal on (cents, VAT included).</summary>
    public long FreeShippingThresholdCents { get; set; } = 5000;

    public long StandardCents { get; set; } = 495;

    /// <summary>Express always costs this, even above the free-shipping threshold.</summary>
    public long ExpressCents { get; set; } = 995;

    public int ExpressLeadDaysMin { get; set; } = 1;
    public int ExpressLeadDaysMax { get; set; } = 1;

    public long PickUpCents { get; set; }

    /// <summary>Working days until an order is ready at the store.</summary>
    public int PickUpLeadDaysMin { get; set; } = 2;
    public int PickUpLeadDaysMax { get; set; } = 3;

    public string PickUpStore { get; set; } = "Storefront Store, Mönckebergstraße 7, 20095 Hamburg";

    /// <summary>Countries (English names) the shop ships to; the first is the default.</summary>
    public List<string> Countries { get; set; } = [];

    public IReadOnlyList<string> ShipsTo => Countries.Count > 0 ? Countries : ["Germany"];

    public bool IsValid(out string? problem)
    {
        problem = FreeShippingThresholdCents is < 0 or > 10_000_000 ? "Shipping:FreeShippingThresholdCents must be between 0 and 10000000."
            : StandardCents < 0 || ExpressCents < 0 || PickUpCents < 0 ? "Shipping: costs must not be negative."
            : ExpressLeadDaysMin is < 0 or > 30 || ExpressLeadDaysMax < ExpressLeadDaysMin || ExpressLeadDaysMax > 30 ? "Shipping: express lead days must be 0–30, min ≤ max."
            : PickUpLeadDaysMin is < 0 or > 30 || PickUpLeadDaysMax < PickUpLeadDaysMin || PickUpLeadDaysMax > 30 ? "Shipping: pick-up lead days must be 0–30, min ≤ max."
            : string.IsNullOrWhiteSpace(PickUpStore) ? "Shipping:PickUpStore must name the store."
            : null;
        return problem is null;
    }
}
