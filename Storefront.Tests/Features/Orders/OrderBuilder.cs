using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Orders;

namespace Storefront.Tests.Features.Orders;

/// <summary>Writes an order straight into the test database: lines of given variants, a status and its recorded timeline.</summary>
public sealed class OrderBuilder(IDbContextFactory<StorefrontDb> dbFactory)
{
    // Far above the seeded numbers (SF-10xxxx), so order placement's "next number" still works after them.
    private static int lastNumber = 900_000;

    private readonly List<(int VariantId, int Quantity)> lines = [];
    private string? userId;
    private OrderStatus status = OrderStatus.Delivered;
    private DateTime? deliveredAtUtc;
    private DateTime placedAtUtc = DateTime.UtcNow.AddDays(-5);

    public OrderBuilder Line(int variantId, int quantity)
    {
        lines.Add((variantId, quantity));
        return this;
    }

    public OrderBuilder ForAccount(string? id)
    {
        userId = id;
        return this;
    }

    public OrderBuilder Delivered(DateTime atUtc)
    {
        status = OrderStatus.Delivered;
        deliveredAtUtc = atUtc;
        placedAtUtc = atUtc.AddDays(-3);
        return this;
    }

    public OrderBuilder InStatus(OrderStatus value)
    {
        status = value;
        deliveredAtUtc = null;
        return this;
    }

    public async Task<Order> SaveAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = lines.Select(l => l.VariantId).ToList();
        var variants = await db.Variants.AsNoTracking().Include(v => v.Product).Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var order = new Order
        {
            Number = $"SF-{Interlocked.Increment(ref lastNumber):D6}",
            UserId = userId,
            Email = "returns@example.com",
            Status = status,
            PlacedAtUtc = placedAtUtc,
            OwnerKey = userId is null ? $"a:{Guid.NewGuid():N}" : $"u:{userId}",
            AccessToken = RandomNumberGenerator.GetHexString(48, lowercase: true),
            ShipToName = "Rita Return",
        };
        foreach (var (variantId, quantity) in lines)
        {
            var v = variants[variantId];
            order.Lines.Add(new OrderLine
            {
                ProductId = v.ProductId, VariantId = v.Id, ProductName = v.Product!.NameEn, Sku = v.Sku, Size = v.Size, Colour = v.ColourEn,
                UnitPriceCents = v.PriceCents, Quantity = quantity, VatRatePercent = v.Product.VatRatePercent,
            });
        }
        order.SubtotalCents = order.TotalCents = order.Lines.Sum(l => l.UnitPriceCents * l.Quantity);
        order.StatusChanges.Add(new OrderStatusChange { Status = OrderStatus.Placed, AtUtc = placedAtUtc });
        if (deliveredAtUtc is { } delivered)
        {
            order.StatusChanges.Add(new OrderStatusChange { Status = OrderStatus.Shipped, AtUtc = delivered.AddDays(-1) });
            order.StatusChanges.Add(new OrderStatusChange { Status = OrderStatus.Delivered, AtUtc = delivered });
        }
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>In-stock variants of sized clothing (distinct products), for order lines.</summary>
    public static async Task<List<Variant>> ClothingVariantsAsync(IDbContextFactory<StorefrontDb> dbFactory, int count, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var variants = await db.Variants.AsNoTracking()
            .Where(v => v.Stock > 5 && v.Product!.Category!.Slug == "hoodies" && !v.Product.IsArchived)
            .OrderBy(v => v.Id).Take(200).ToListAsync(ct);
        return variants.DistinctBy(v => v.ProductId).Take(count).ToList();
    }
}
