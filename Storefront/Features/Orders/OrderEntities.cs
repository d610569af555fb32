using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Catalog;

namespace Storefront.Features.Orders;

public enum OrderStatus
{
    Placed = 1,
    Paid = 2,
    Shipped = 3,
    Delivered = 4,
    Cancelled = 5,
    Returned = 6,
}

/// <summary>A placed order. Amounts are euro cents incl. VAT.</summary>
public sealed class Order
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public string? UserId { get; set; }
    public required string Email { get; set; }
    public OrderStatus Status { get; set; }
    public DateTime PlacedAtUtc { get; set; }
    public long SubtotalCents { get; set; }
    public long ShippingCents { get; set; }
    public long DiscountCents { get; set; }
    public long TotalCents { get; set; }
    public long VatCents { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
}

/// <summary>What was bought, as it was at the time (name and price are snapshots).</summary>
public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int ProductId { get; set; }
    public int VariantId { get; set; }
    public required string ProductName { get; set; }
    public required string Sku { get; set; }
    public required string Size { get; set; }
    public required string Colour { get; set; }
    public long UnitPriceCents { get; set; }
    public int Quantity { get; set; }
    public int VatRatePercent { get; set; }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.UserId, x.PlacedAtUtc });
        b.HasIndex(x => x.PlacedAtUtc);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.HasIndex(x => x.ProductId);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Variant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ProductName).HasMaxLength(200);
        b.Property(x => x.Sku).HasMaxLength(40);
        b.Property(x => x.Size).HasMaxLength(20);
        b.Property(x => x.Colour).HasMaxLength(40);
    }
}
