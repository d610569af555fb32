using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Data;
using Storefront.Features.Loyalty;

namespace Storefront.Features.Orders;

/// <summary>
/// Moves an order along its timeline (for the merchant's order admin and a carrier feed): forward along
/// placed → paid → packed → shipped → delivered (steps may be skipped, e.g. invoice orders are paid after delivery),
/// cancelled before shipping, returned after delivery. Every change is one timeline entry.
/// </summary>
public sealed class OrderTracking(IDbContextFactory<StorefrontDb> dbFactory, IOptions<LoyaltyOptions> loyalty, TimeProvider clock)
{
    public static bool IsAllowed(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        // Requested returns are derived from ReturnRequest rows, not set as a status.
        (_, OrderStatus.ReturnRequested) => false,
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
        if (order is null || !await ApplyAsync(db, order, status, clock.GetUtcNow().UtcDateTime, loyalty.Value, ct))
        {
            return false;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The change on a tracked order inside the caller's unit of work (a return's receipt; the merchant's order admin
    /// saves it with its restock and audit entry); false and nothing added when the timeline does not allow it.
    /// Loyalty points follow in the same save: earned once the order is paid or delivered, given back and taken away
    /// when it is cancelled or returned.
    /// </summary>
    internal static async Task<bool> ApplyAsync(StorefrontDb db, Order order, OrderStatus status, DateTime nowUtc, LoyaltyOptions loyalty, CancellationToken ct)
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
        db.OrderStatusChanges.Add(new OrderStatusChange { OrderId = order.Id, Status = status, AtUtc = nowUtc });
        if (status is OrderStatus.Paid or OrderStatus.Delivered)
        {
            await LoyaltyLedger.EarnAsync(db, order, nowUtc, loyalty, ct);
        }
        else if (status is OrderStatus.Cancelled or OrderStatus.Returned)
        {
            await LoyaltyLedger.UndoAsync(db, order, nowUtc, ct);
        }
        return true;
    }
}
