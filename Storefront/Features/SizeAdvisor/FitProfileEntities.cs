using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Features.SizeAdvisor;

/// <summary>
/// A shopper's body measurements for the size advisor, keyed like carts by owner key ("u:{userId}" or "a:{id}"),
/// one per owner. Lengths in millimetres; every part optional (a shopper may only ever buy shoes).
/// </summary>
public sealed class FitProfile
{
    public int Id { get; set; }
    public required string OwnerKey { get; set; }
    public int? HeightMm { get; set; }
    /// <summary>Weight in tenths of a kilogram.</summary>
    public int? WeightHg { get; set; }
    public int? ChestMm { get; set; }
    public int? WaistMm { get; set; }
    public int? HipMm { get; set; }
    public int? FootLengthMm { get; set; }
    public int? InseamMm { get; set; }
    public FitPreference Preference { get; set; }
    public RidingStyle? RidingStyle { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>"Tell me when this variant is back": read by the stream's back-in-stock card.</summary>
public sealed class BackInStockRequest
{
    public int Id { get; set; }
    public required string OwnerKey { get; set; }
    public int VariantId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Set by whoever tells the shopper (the stream or a mail) so the card shows once.</summary>
    public DateTime? NotifiedAtUtc { get; set; }
}

internal sealed class FitProfileConfiguration : IEntityTypeConfiguration<FitProfile>
{
    public void Configure(EntityTypeBuilder<FitProfile> b)
    {
        b.ToTable("FitProfiles");
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.HasIndex(x => x.OwnerKey).IsUnique();
    }
}

internal sealed class BackInStockRequestConfiguration : IEntityTypeConfiguration<BackInStockRequest>
{
    public void Configure(EntityTypeBuilder<BackInStockRequest> b)
    {
        b.ToTable("BackInStockRequests");
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.HasIndex(x => new { x.OwnerKey, x.VariantId }).IsUnique();
        b.HasIndex(x => x.VariantId);
        b.HasOne<Variant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Cascade);
    }
}
