using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Catalog;

namespace Storefront.Features.Cart;

/// <summary>
/// A server-side cart. <see cref="OwnerKey"/> is "u:{userId}" for accounts or "a:{anonymousId}"
/// for visitors (see <c>ShopperKey</c>).
/// </summary>
public sealed class ShoppingCart
{
    public int Id { get; set; }
    public required string OwnerKey { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>The voucher code the shopper entered (upper-case); what it is worth is worked out whenever it is priced.</summary>
    public string? VoucherCode { get; set; }
    public List<CartLine> Lines { get; set; } = [];
}

public sealed class CartLine
{
    public int Id { get; set; }
    public int CartId { get; set; }
    public int VariantId { get; set; }
    public int Quantity { get; set; }
    public DateTime AddedAtUtc { get; set; }
}

/// <summary>A favourite product or brand (wish list).</summary>
public sealed class Favourite
{
    public int Id { get; set; }
    public required string OwnerKey { get; set; }
    public int? ProductId { get; set; }
    public int? BrandId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class ShoppingCartConfiguration : IEntityTypeConfiguration<ShoppingCart>
{
    public void Configure(EntityTypeBuilder<ShoppingCart> b)
    {
        b.ToTable("Carts");
        b.HasIndex(x => x.OwnerKey).IsUnique();
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.Property(x => x.VoucherCode).HasMaxLength(32);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.CartId);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> b)
    {
        b.HasIndex(x => new { x.CartId, x.VariantId }).IsUnique();
        b.HasOne<Variant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FavouriteConfiguration : IEntityTypeConfiguration<Favourite>
{
    public void Configure(EntityTypeBuilder<Favourite> b)
    {
        b.HasIndex(x => new { x.OwnerKey, x.ProductId, x.BrandId }).IsUnique();
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Brand>().WithMany().HasForeignKey(x => x.BrandId).OnDelete(DeleteBehavior.Cascade);
    }
}
