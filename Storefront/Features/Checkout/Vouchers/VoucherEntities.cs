using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Orders;

namespace Storefront.Features.Checkout.Vouchers;

public enum VoucherKind
{
    /// <summary><see cref="Voucher.Value"/> percent off the goods.</summary>
    Percent = 1,
    /// <summary><see cref="Voucher.Value"/> cents off the goods (never more than they cost).</summary>
    FixedAmount = 2,
    /// <summary>Standard shipping costs nothing.</summary>
    FreeShipping = 3,
}

/// <summary>A voucher code the merchant hands out. Codes are stored upper-case and compared that way.</summary>
public sealed class Voucher
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public VoucherKind Kind { get; set; }
    /// <summary>Percent (1–100) or cents, by <see cref="Kind"/>; 0 for free shipping.</summary>
    public long Value { get; set; }
    /// <summary>The goods must cost at least this much (gross, before the voucher).</summary>
    public long MinOrderCents { get; set; }
    public DateTime ValidFromUtc { get; set; }
    /// <summary>Exclusive end; null = no end.</summary>
    public DateTime? ValidUntilUtc { get; set; }
    /// <summary>Each customer (by email) may redeem it once.</summary>
    public bool SingleUsePerCustomer { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>A voucher used by an order. For single-use vouchers a unique index makes a second use impossible.</summary>
public sealed class VoucherRedemption
{
    public int Id { get; set; }
    public int VoucherId { get; set; }
    public int OrderId { get; set; }
    /// <summary>The customer's email, trimmed and lower-case: the same person as a guest or with an account.</summary>
    public required string CustomerEmail { get; set; }
    /// <summary>Copied from the voucher so the unique index can be filtered on it.</summary>
    public bool SingleUse { get; set; }
    public long DiscountCents { get; set; }
    public DateTime AtUtc { get; set; }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(VoucherRules.MaxCodeLength);
    }
}

internal sealed class VoucherRedemptionConfiguration : IEntityTypeConfiguration<VoucherRedemption>
{
    public void Configure(EntityTypeBuilder<VoucherRedemption> b)
    {
        b.Property(x => x.CustomerEmail).HasMaxLength(256);
        // A plain boolean column as the filter reads the same on SQLite and PostgreSQL.
        b.HasIndex(x => new { x.VoucherId, x.CustomerEmail }).IsUnique().HasFilter("\"SingleUse\"");
        b.HasIndex(x => x.OrderId);
        b.HasOne<Voucher>().WithMany().HasForeignKey(x => x.VoucherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
