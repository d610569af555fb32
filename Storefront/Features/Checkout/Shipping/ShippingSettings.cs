using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Checkout.Shipping;

/// <summary>
/// The merchant's shipping rules: one row (id 1). Until the merchant first saves, there is no row and the "Shipping"
/// section of appsettings.json applies; the first save stores the merchant's values, which then win.
/// </summary>
public sealed class ShippingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long FreeShippingThresholdCents { get; set; }
    public long StandardCents { get; set; }
    public long ExpressCents { get; set; }
    public int StandardLeadDaysMin { get; set; }
    public int StandardLeadDaysMax { get; set; }
    public int ExpressLeadDaysMin { get; set; }
    public int ExpressLeadDaysMax { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class ShippingSettingsConfiguration : IEntityTypeConfiguration<ShippingSettings>
{
    public void Configure(EntityTypeBuilder<ShippingSettings> b)
    {
        b.ToTable("ShippingSettings");
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
