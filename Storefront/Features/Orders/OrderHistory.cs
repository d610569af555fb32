using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Microsoft.Extensions.Options;
using Storefront.Features.Cart;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Orders.Returns;
using Storefront.Localization;

namespace Storefront.Features.Orders;

/// <summary>
/// Orders as their shopper sees them: the account's history, one order with its status timeline (reachable by the
/// account, by the browser that placed it, or by anyone holding the unguessable link from the confirmation mail),
/// and re-ordering into the cart.
/// </summary>
public sealed class OrderHistory(IDbContextFactory<StorefrontDb> dbFactory, CartService carts, IOptions<DeliveryOptions> delivery)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(delivery.Value.TimeZone);

    /// <summary>A moment in the shop's time zone and the UI language's conventions ("g" short date and time, "D" long date…).</summary>
    public string Format(DateTime utc, string format) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString(format, Cultures.MoneyCulture);

    /// <summary>The normal path of an order; cancelled and returned orders end their timeline instead.</summary>
    public static readonly OrderStatus[] Path = [OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered];

    public async Task<IReadOnlyList<OrderSummary>> ForUserAsync(string? userId, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().Where(o => o.UserId == userId).OrderByDescending(o => o.PlacedAtUtc)
            .Select(o => new OrderSummary(o.Number, o.PlacedAtUtc, o.Status, new Money(o.TotalCents), o.Lines.Sum(l => l.Quantity)))
            .Take(100)
            .ToListAsync(ct);
    }

    /// <summary>The order, or null if it does not exist or this shopper may not see it (the two look the same).</summary>
    public async Task<OrderDetails?> FindAsync(string? number, string? userId, string? ownerKey, string? accessToken, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > 20)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.StatusChanges).Include(o => o.Payments)
            .FirstOrDefaultAsync(o => o.Number == number, ct);
        if (order is null || !MayView(order, userId, ownerKey, accessToken))
        {
            return null;
        }
        var returnsRequested = await db.Set<ReturnRequest>().AsNoTracking().Where(r => r.OrderId == order.Id)
            .OrderBy(r => r.RequestedAtUtc).Select(r => r.RequestedAtUtc).ToListAsync(ct);
        var payment = order.Payments.OrderByDescending(p => p.Id).FirstOrDefault();
        return new OrderDetails(
            order.Number, order.PlacedAtUtc, order.Status, order.Email,
            order.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.ProductId, l.VariantId, l.ProductName, l.Sku, l.Size, l.Colour,
                new Money(l.UnitPriceCents), l.Quantity)).ToList(),
            new Money(order.SubtotalCents), new Money(order.ShippingCents), new Money(order.DiscountCents), new Money(order.TotalCents),
            new Money(order.VatCents), order.ShipToName, order.ShipToStreet, order.ShipToPostalCode, order.ShipToCity, order.ShipToCountry,
            order.ShippingMethod, order.DeliveryEarliest, order.DeliveryLatest, payment?.Provider, payment?.CardLast4, order.AccessToken,
            Timeline(order, returnsRequested), order.VoucherCode, order.PointsRedeemed);
    }

    /// <summary>Puts what is still available of an order back into the cart (one unit fewer if stock is short is not guessed: such lines are reported).</summary>
    public async Task<ReorderResult> ReorderAsync(string ownerKey, OrderDetails order, CancellationToken ct = default)
    {
        var added = 0;
        var missing = new List<string>();
        foreach (var line in order.Lines)
        {
            var result = await carts.AddAsync(ownerKey, line.VariantId, Math.Min(line.Quantity, CartService.MaxQuantityPerLine), ct);
            if (result.Succeeded)
            {
                added++;
            }
            else
            {
                missing.Add(line.ProductName);
            }
        }
        return new ReorderResult(added, missing);
    }

    internal static IReadOnlyList<TimelineEntry> Timeline(Order order, IReadOnlyList<DateTime>? returnsRequestedAtUtc = null)
    {
        var current = Array.IndexOf(Path, order.Status);
        List<TimelineEntry> reached;
        if (order.StatusChanges.Count > 0)
        {
            // Recorded history as it happened; steps that were skipped (an invoice not paid yet) are not invented.
            reached = order.StatusChanges.OrderBy(c => c.AtUtc).ThenBy(c => c.Id).Select(c => new TimelineEntry(c.Status, c.AtUtc, true)).ToList();
            if (reached[0].Status == OrderStatus.Returned)
            {
                // A historical order returned later: "returned" is only allowed from "delivered", so its whole path was reached.
                reached.InsertRange(0, Path.Skip(1).Select(s => new TimelineEntry(s, null, true)));
            }
            if (reached[0].Status != OrderStatus.Placed)
            {
                reached.Insert(0, new TimelineEntry(OrderStatus.Placed, order.PlacedAtUtc, true));
            }
        }
        else
        {
            // Historical orders carry only their current status: the path up to it was reached, only the placing has a time.
            reached = [new TimelineEntry(OrderStatus.Placed, order.PlacedAtUtc, true)];
            reached.AddRange(Path.Where((s, i) => i > 0 && i <= current).Select(s => new TimelineEntry(s, null, true)));
            if (current < 0 && order.Status != OrderStatus.Placed)
            {
                reached.Add(new TimelineEntry(order.Status, null, true));
            }
        }
        foreach (var at in returnsRequestedAtUtc ?? [])
        {
            // After delivery, before the order's "returned" (which comes when the goods are back).
            var returned = reached.FindIndex(e => e.Status == OrderStatus.Returned && (e.AtUtc is null || e.AtUtc >= at));
            reached.Insert(returned < 0 ? reached.Count : returned, new TimelineEntry(OrderStatus.ReturnRequested, at, true));
        }
        if (current >= 0)
        {
            reached.AddRange(Path.Where((s, i) => i > current).Select(s => new TimelineEntry(s, null, false)));
        }
        return reached;
    }

    private static bool MayView(Order order, string? userId, string? ownerKey, string? accessToken) =>
        MayView(order.UserId, order.OwnerKey, order.AccessToken, userId, ownerKey, accessToken);

    /// <summary>The order's account, the browser that placed it, or anyone with the link from the confirmation mail.</summary>
    internal static bool MayView(string? orderUserId, string? orderOwnerKey, string? orderToken, string? userId, string? ownerKey, string? accessToken) =>
        (userId is not null && orderUserId == userId)
        || (ownerKey is not null && orderOwnerKey == ownerKey)
        || (accessToken is not null && orderToken is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(accessToken), Encoding.UTF8.GetBytes(orderToken)));
}
