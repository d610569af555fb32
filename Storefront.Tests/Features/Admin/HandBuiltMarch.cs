using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Features.Signals;

namespace Storefront.Tests.Features.Admin;

/// <summary>
/// A small shop history around March 2035 for the KPI tests. Customers: A (ordered June 2034 and in March), B (only
/// 15 March 2034: lapses before the period ends), C (December 2034 only), D (first orders in March, twice), E (a guest
/// who ordered twice in March under two spellings of one email), F (only a cancelled order) and H (April 2035).
/// </summary>
internal static class HandBuiltMarch
{
    public static async Task WriteAsync(IDbContextFactory<StorefrontDb> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = (await db.Variants.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.ProductId }).Take(50).ToListAsync(ct))
            .DistinctBy(v => v.ProductId).Take(2).ToList();
        var number = 0;
        (int Product, int Variant) one = (products[0].ProductId, products[0].Id), two = (products[1].ProductId, products[1].Id);

        Order("kpi-A", null, At(2034, 6, 10), 4_000, (one, 1, 4_000));
        Order("kpi-A", null, At(2035, 3, 5), 10_000, (one, 2, 5_000));
        Order("kpi-A", null, At(2035, 3, 7), 7_000, (two, 1, 7_000), OrderStatus.Cancelled);
        Order("kpi-B", null, At(2034, 3, 15), 3_000, (two, 1, 3_000));
        Order("kpi-C", null, At(2034, 12, 1), 2_500, (two, 1, 2_500));
        Order("kpi-D", null, At(2035, 3, 10), 2_000, (two, 1, 2_000));
        Order("kpi-D", null, At(2035, 3, 20), 3_000, (two, 1, 3_000));
        Order(null, "Eve@Example.com", At(2035, 3, 12), 4_995, (one, 1, 4_995));
        Order(null, "eve@example.com", At(2035, 3, 25), 5_006, (two, 1, 5_006));
        Order("kpi-F", null, At(2035, 3, 15), 99_999, (two, 20, 5_000), OrderStatus.Cancelled);
        Order("kpi-H", null, At(2035, 4, 2), 8_000, (one, 1, 8_000));

        Event("u:kpi-A", ShopperEventKind.ProductViewed, At(2035, 3, 5, 9));
        Event("u:kpi-A", ShopperEventKind.Purchased, At(2035, 3, 5, 10));
        Event("u:kpi-A", ShopperEventKind.ProductViewed, At(2035, 3, 6, 8));
        Event("a:kpi-x", ShopperEventKind.ProductViewed, At(2035, 3, 5, 0));
        Event("a:kpi-x", ShopperEventKind.Searched, At(2035, 3, 5, 23), "search:socks");
        Event("a:kpi-y", ShopperEventKind.ProductViewed, At(2035, 3, 31, 23));
        Event("a:kpi-y", ShopperEventKind.ProductViewed, At(2035, 4, 1, 0));

        for (var i = 0; i < 3; i++)
        {
            Event("u:kpi-A", ShopperEventKind.StreamImpression, At(2035, 3, 5, 9), "stream:rebuy");
        }
        Event("u:kpi-A", ShopperEventKind.StreamClick, At(2035, 3, 5, 9), "stream:rebuy");
        Event("a:kpi-x", ShopperEventKind.StreamImpression, At(2035, 3, 5, 0), "stream:trending");
        Event("a:kpi-x", ShopperEventKind.StreamImpression, At(2035, 3, 5, 0), "stream:trending");
        Event("a:kpi-x", ShopperEventKind.StreamClick, At(2035, 3, 5, 0), "stream:pricedrop");

        Event("u:kpi-A", ShopperEventKind.FreeShippingBarShown, At(2035, 3, 5, 9), "cart:2000");
        Event("u:kpi-D", ShopperEventKind.FreeShippingBarShown, At(2035, 3, 10, 9), "cart:900");
        Event("u:kpi-D", ShopperEventKind.FreeShippingBarCrossed, At(2035, 3, 10, 9), "cart");
        Event("a:kpi-x", ShopperEventKind.FreeShippingBarShown, At(2035, 3, 5, 0), "mini-cart:500");
        Event("a:kpi-z", ShopperEventKind.FreeShippingBarShown, At(2035, 2, 27, 12), "cart:500");
        Event("a:kpi-z", ShopperEventKind.FreeShippingBarCrossed, At(2035, 3, 2, 12), "cart");

        foreach (var step in new[] { "contact", "address", "shipping", "payment", "review" })
        {
            Event("u:kpi-A", ShopperEventKind.CheckoutStepReached, At(2035, 3, 5, 9), "checkout:" + step);
            Event("u:kpi-A", ShopperEventKind.CheckoutStepLeft, At(2035, 3, 5, 9), "checkout:" + step);
        }
        Event("u:kpi-A", ShopperEventKind.CheckoutStepReached, At(2035, 3, 6, 8), "checkout:contact");
        Event("a:kpi-x", ShopperEventKind.CheckoutStepReached, At(2035, 3, 5, 0), "checkout:contact");
        Event("a:kpi-x", ShopperEventKind.CheckoutStepLeft, At(2035, 3, 5, 0), "checkout:contact");
        Event("a:kpi-x", ShopperEventKind.CheckoutStepReached, At(2035, 3, 5, 0), "checkout:address");
        Event("a:kpi-y", ShopperEventKind.CheckoutStepReached, At(2035, 3, 31, 23), "checkout:contact");

        await db.SaveChangesAsync(ct);

        void Order(string? userId, string? guestEmail, DateTime at, long total, ((int Product, int Variant) Item, int Quantity, long Unit) line,
            OrderStatus status = OrderStatus.Delivered)
        {
            var order = new Order
            {
                Number = $"KPI-{++number:D4}",
                UserId = userId,
                Email = guestEmail ?? $"{userId}@example.com",
                OwnerKey = userId is null ? "a:kpi-guest" : $"u:{userId}",
                Status = status,
                PlacedAtUtc = at,
                SubtotalCents = total,
                TotalCents = total,
            };
            order.Lines.Add(new OrderLine
            {
                ProductId = line.Item.Product, VariantId = line.Item.Variant, Quantity = line.Quantity, UnitPriceCents = line.Unit,
                ProductName = line.Item == one ? "Hand-built one" : "Hand-built two", Sku = "KPI", Size = "M", Colour = "Blue",
            });
            db.Orders.Add(order);
        }

        void Event(string owner, ShopperEventKind kind, DateTime at, string? context = null) =>
            db.ShopperEvents.Add(new ShopperEvent { OwnerKey = owner, Kind = kind, AtUtc = at, Context = context });
    }

    private static DateTime At(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
