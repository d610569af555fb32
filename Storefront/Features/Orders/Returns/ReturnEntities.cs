using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Orders.Returns;

/// <summary>Why a shopper sends an item back. Too small / too large are fit evidence for the size advisor.</summary>
public enum ReturnReason
{
    TooSmall = 1,
    TooLarge = 2,
    NotAsDescribed = 3,
    Damaged = 4,
    ChangedMind = 5,
    Other = 6,
}

public enum ReturnState
{
    /// <summary>Asked for; the parcel is on its way back (its lines count as "open").</summary>
    Requested = 1,
    /// <summary>The merchant has the goods back; they are in stock again.</summary>
    Received = 2,
}

/// <summary>A shopper's request to send back some units of some lines of one order.</summary>
public sealed class ReturnRequest
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public ReturnState State { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public DateTime? ReceivedAtUtc { get; set; }
    public List<ReturnLine> Lines { get; set; } = [];
}

/// <summary>Units of one order line going back, with the reason. Product and variant are copied from the order line for the size advisor's counts.</summary>
public sealed class ReturnLine
{
    public int Id { get; set; }
    public int ReturnRequestId { get; set; }
    public int OrderLineId { get; set; }
    public int ProductId { get; set; }
    public int VariantId { get; set; }
    public int Quantity { get; set; }
    public ReturnReason Reason { get; set; }
    public string? Note { get; set; }
}

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> b)
    {
        b.ToTable("ReturnRequests");
        b.HasIndex(x => x.OrderId);
        b.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> b)
    {
        b.ToTable("ReturnLines");
        b.HasIndex(x => x.OrderLineId);
        // The size advisor counts "too small"/"too large" per product.
        b.HasIndex(x => new { x.ProductId, x.Reason });
        // No action rather than restrict: deleting an order removes its lines and its returns in the same statement.
        b.HasOne<OrderLine>().WithMany().HasForeignKey(x => x.OrderLineId).OnDelete(DeleteBehavior.NoAction);
        b.Property(x => x.Note).HasMaxLength(ReturnRules.MaxNoteLength);
    }
}
