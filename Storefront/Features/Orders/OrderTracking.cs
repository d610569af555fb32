using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Orders;

/// <summary>
/// Moves an order along its timeline (for the merchant's order admin and a carrier feed): forward along
/// placed → paid → packed → shipped → delivered (steps may be skipped, e.g. invoice orders are paid after delivery),
/// cancelled before shipping, returned after delivery. Every change is one timeline entry.
/// </summary>
public sealed class OrderTracking(IDbContextFactory<StorefrontDb> dbFactory, TimeProvider clock)
{
    public static bool IsAllowed(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (_, OrderStatus.Cancelled) => from is OrderStatus.Placed or OrderStatus.Paid or OrderStatus.Packed,
        (OrderStatus.Delivered, OrderStatus.Returned) => true,
        (OrderStatus.Delivered, OrderStatus.Paid) => true,
        (OrderStatus.Cancelled or OrderStatus.Returned, _) => false,
        _ => Array.IndexOf(OrderHistory.Path, to) > Array.IndexOf(OrderHistory.Path, from) && Array.IndexOf(OrderHistory.Path, from) >= 0,
    };

    /// <summary>False (and nothing saved) for an unknown order or a change the timeline does not allow.</summary>
    public async Task<bool> SetStatusAsync(string number, OrderStatus status, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == number, ct);
        if (order is null || !Apply(db, order, status, clock.GetUtcNow().UtcDateTime))
        {
            return false;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The same change on a tracked order inside the caller's context (the merchant's order admin saves it together
    /// with its restock and audit entry); false and nothing added when the timeline does not allow it.
    /// </summary>
    internal static bool Apply(StorefrontDb db, Order order, OrderStatus status, DateTime atUtc)
    {
        if (!Enum.IsDefined(status) || !IsAllowed(order.Status, status))
        {
            return false;
        }
        // An invoice paid after delivery is recorded on the timeline but the order stays delivered.
        if (!(order.Status == OrderStatus.Delivered && status == OrderStatus.Paid))
        {
            order.Status = status;
        }
        db.OrderStatusChanges.Add(new OrderStatusChange { OrderId = order.Id, Status = status, AtUtc = atUtc });
        return true;
    }
}
