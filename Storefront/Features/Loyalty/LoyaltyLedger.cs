using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Orders;

namespace Storefront.Features.Loyalty;

/// <summary>
/// Writes and reads the points ledger inside the caller's context, so points move in the same transaction as the order
/// they belong to (placement, status changes).
/// </summary>
public static class LoyaltyLedger
{
    public static async Task<LoyaltyStanding> StandingAsync(StorefrontDb db, string userId, DateTime nowUtc, LoyaltyOptions options, CancellationToken ct)
    {
        var since = nowUtc.AddDays(-options.TierWindowDays);
        var sums = await db.LoyaltyEntries.AsNoTracking().Where(e => e.UserId == userId)
            .GroupBy(e => e.UserId)
            .Select(g => new
            {
                Balance = g.Sum(e => e.Points),
                // Earned within the window, less what of it was reversed (a cancelled order does not count for the tier).
                TierPoints = g.Where(e => e.AtUtc >= since && (e.Kind == LoyaltyEntryKind.Earned || e.Kind == LoyaltyEntryKind.EarningReversed)).Sum(e => e.Points),
            })
            .FirstOrDefaultAsync(ct);
        var tierPoints = Math.Max(0, sums?.TierPoints ?? 0);
        return new LoyaltyStanding(sums?.Balance ?? 0, tierPoints, LoyaltyRules.TierFor(tierPoints, options), LoyaltyRules.NextTier(tierPoints, options),
            options.PointValueCents);
    }

    /// <summary>The free-shipping threshold of the shopper's tier, when their tier lowers it; null otherwise.</summary>
    public static async Task<long?> FreeShippingThresholdAsync(StorefrontDb db, string? ownerKey, DateTime nowUtc, LoyaltyOptions options, CancellationToken ct)
    {
        if (options.Tiers.Count == 0 || UserIdOf(ownerKey) is not { } userId)
        {
            return null;
        }
        var standing = await StandingAsync(db, userId, nowUtc, options, ct);
        return standing.Tier?.FreeShippingThresholdCents;
    }

    /// <summary>The account behind an owner key ("u:{userId}"), or null for a visitor.</summary>
    public static string? UserIdOf(string? ownerKey) => ownerKey is { Length: > 2 } && ownerKey.StartsWith("u:", StringComparison.Ordinal) ? ownerKey[2..] : null;

    /// <summary>Credits an account's order once it is paid or delivered (once per order; the unique index backs this up).</summary>
    public static async Task EarnAsync(StorefrontDb db, Order order, DateTime nowUtc, LoyaltyOptions options, CancellationToken ct)
    {
        if (order.UserId is null || order.Id == 0)
        {
            return;
        }
        var points = LoyaltyRules.PointsFor(order.TotalCents, order.ShippingCents, options);
        if (points > 0 && !await db.LoyaltyEntries.AnyAsync(e => e.OrderId == order.Id && e.Kind == LoyaltyEntryKind.Earned, ct))
        {
            db.LoyaltyEntries.Add(new LoyaltyEntry { UserId = order.UserId, OrderId = order.Id, Kind = LoyaltyEntryKind.Earned, Points = points, AtUtc = nowUtc });
        }
    }

    /// <summary>A cancelled or returned order gives its redeemed points back and takes its earned points away.</summary>
    public static async Task UndoAsync(StorefrontDb db, Order order, DateTime nowUtc, CancellationToken ct)
    {
        if (order.UserId is null)
        {
            return;
        }
        var entries = await db.LoyaltyEntries.AsNoTracking().Where(e => e.OrderId == order.Id).Select(e => new { e.Kind, e.Points }).ToListAsync(ct);
        void Counter(LoyaltyEntryKind of, LoyaltyEntryKind with)
        {
            if (entries.FirstOrDefault(e => e.Kind == of) is { } entry && entries.All(e => e.Kind != with))
            {
                db.LoyaltyEntries.Add(new LoyaltyEntry { UserId = order.UserId, OrderId = order.Id, Kind = with, Points = -entry.Points, AtUtc = nowUtc });
            }
        }
        Counter(LoyaltyEntryKind.Earned, LoyaltyEntryKind.EarningReversed);
        Counter(LoyaltyEntryKind.Redeemed, LoyaltyEntryKind.RedemptionRefunded);
    }
}
