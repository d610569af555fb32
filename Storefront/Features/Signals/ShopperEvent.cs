using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Signals;

public enum ShopperEventKind
{
    ProductViewed = 1,
    AddedToCart = 2,
    Purchased = 3,
    Searched = 4,
    Favourited = 5,
    /// <summary>A stream card was shown; context "stream:{kind}" (e.g. "stream:rebuy", "stream:trending").</summary>
    StreamImpression = 6,
    /// <summary>A stream card was opened; context as for <see cref="StreamImpression"/>.</summary>
    StreamClick = 7,
    // Checkout funnel and free-shipping bar (numbered apart so other features can add kinds without clashing).
    FreeShippingBarShown = 20,
    FreeShippingBarCrossed = 21,
    CheckoutStepReached = 22,
    CheckoutStepLeft = 23,
}

/// <summary>An append-only record of what a shopper did; the stream and the KPIs read it.</summary>
public sealed class ShopperEvent
{
    public long Id { get; set; }
    /// <summary>"u:{userId}" or "a:{anonymousId}".</summary>
    public required string OwnerKey { get; set; }
    public ShopperEventKind Kind { get; set; }
    public int? ProductId { get; set; }
    public int? VariantId { get; set; }
    /// <summary>Where it happened or what was searched ("home", "search:rennrad").</summary>
    public string? Context { get; set; }
    public DateTime AtUtc { get; set; }
}

internal sealed class ShopperEventConfiguration : IEntityTypeConfiguration<ShopperEvent>
{
    public void Configure(EntityTypeBuilder<ShopperEvent> b)
    {
        b.HasIndex(x => new { x.OwnerKey, x.AtUtc });
        b.HasIndex(x => new { x.ProductId, x.Kind, x.AtUtc });
        // The merchant's KPIs read one kind of event over a period (stream cards, free-shipping bar, checkout funnel).
        b.HasIndex(x => new { x.Kind, x.AtUtc });
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.Property(x => x.Context).HasMaxLength(200);
    }
}
