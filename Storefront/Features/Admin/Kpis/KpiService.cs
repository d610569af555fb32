using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Checkout;
using Storefront.Features.Orders;
using Storefront.Features.Signals;

namespace Storefront.Features.Admin.Kpis;

/// <summary>
/// The merchant's KPI dashboard for a period of whole UTC days. Every figure is an aggregate computed in SQL (14 small
/// queries whatever the data size, none per row); the arithmetic on the results is in <see cref="KpiFormulas"/>.
/// Definitions (docs/kpis.md has them in full):
/// <list type="bullet">
/// <item>Order: any order placed in the period except cancelled ones; revenue is their total incl. VAT and shipping, returns not deducted.</item>
/// <item>Customer: an account (by user id), or a guest by order email, with a non-cancelled order.</item>
/// <item>Session: one shopper id (account or anonymous cookie) active on one UTC day (any recorded ShopperEvent).</item>
/// <item>Customer "at" a moment: a non-cancelled order in the <see cref="KpiFormulas.ActiveCustomerDays"/> days before it.</item>
/// </list>
/// </summary>
public sealed class KpiService(IDbContextFactory<StorefrontDb> dbFactory, IStringLocalizer<KpiText> text, TimeProvider time)
{
    public const int TopProductCount = 10;

    private static readonly CheckoutStep[] Steps = Enum.GetValues<CheckoutStep>();

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<KpiResult> ReportAsync(ClaimsPrincipal user, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is null)
        {
            return new KpiResult(null, text["NotAllowed"]);
        }
        if (from is null || to is null)
        {
            return new KpiResult(null, text["PeriodMissing"]);
        }
        if (from > to)
        {
            return new KpiResult(null, text["FromAfterTo"]);
        }
        var period = new KpiPeriod(from.Value, to.Value);
        if (period.Days > KpiFormulas.MaxDays)
        {
            return new KpiResult(null, text["PeriodTooLong", KpiFormulas.MaxDays]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new KpiResult(await BuildAsync(db, period, ct), null);
    }

    private static async Task<KpiReport> BuildAsync(StorefrontDb db, KpiPeriod period, CancellationToken ct)
    {
        DateTime start = period.StartUtc, end = period.EndUtc;
        var kept = db.Orders.AsNoTracking().Where(o => o.Status != OrderStatus.Cancelled);
        var inPeriod = kept.Where(o => o.PlacedAtUtc >= start && o.PlacedAtUtc < end);
        var events = db.ShopperEvents.AsNoTracking().Where(e => e.AtUtc >= start && e.AtUtc < end);

        var perDay = await inPeriod.GroupBy(o => o.PlacedAtUtc.Date)
            .Select(g => new { Day = g.Key, Cents = g.Sum(o => o.TotalCents), Orders = g.Count() }).ToListAsync(ct);
        var revenue = perDay.Sum(d => d.Cents);
        var orders = perDay.Sum(d => d.Orders);

        var sessions = await events.Select(e => new { e.OwnerKey, Day = e.AtUtc.Date }).Distinct().CountAsync(ct);
        var buyingSessions = await events.Where(e => e.Kind == ShopperEventKind.Purchased)
            .Select(e => new { e.OwnerKey, Day = e.AtUtc.Date }).Distinct().CountAsync(ct);

        var buyers = await inPeriod.Select(o => o.UserId ?? "guest:" + o.Email.ToLower()).Distinct().CountAsync(ct);
        var repeatBuyers = await inPeriod.GroupBy(o => o.UserId ?? "guest:" + o.Email.ToLower()).Where(g => g.Count() >= 2).CountAsync(ct);

        var retention = await RetentionAsync(kept, start, end, ct);
        var top = await TopProductsAsync(db, inPeriod, ct);
        var stream = await StreamCardsAsync(events, ct);
        var freeShipping = await FreeShippingAsync(events, inPeriod, revenue, orders, ct);
        var funnel = await FunnelAsync(events, ct);

        var sold = perDay.ToDictionary(d => DateOnly.FromDateTime(d.Day), d => (d.Cents, d.Orders));
        return new KpiReport(period, new Money(revenue), orders, KpiFormulas.AverageOrderValue(revenue, orders),
            sessions, buyingSessions, KpiFormulas.Percent(buyingSessions, sessions),
            buyers, repeatBuyers, KpiFormulas.Percent(repeatBuyers, buyers),
            retention, KpiFormulas.FillDays(period, sold), top, stream, freeShipping, funnel);
    }

    private static async Task<RetentionCounts> RetentionAsync(IQueryable<Order> kept, DateTime start, DateTime end, CancellationToken ct)
    {
        var window = TimeSpan.FromDays(KpiFormulas.ActiveCustomerDays);
        DateTime startWindow = start - window, endWindow = end - window;
        var atStart = await kept.Where(o => o.PlacedAtUtc >= startWindow && o.PlacedAtUtc < start)
            .Select(o => o.UserId ?? "guest:" + o.Email.ToLower()).Distinct().CountAsync(ct);
        var atEnd = await kept.Where(o => o.PlacedAtUtc >= endWindow && o.PlacedAtUtc < end)
            .Select(o => o.UserId ?? "guest:" + o.Email.ToLower()).Distinct().CountAsync(ct);
        // New: first order ever inside the period, and (for periods longer than the window) still a customer at its end.
        var fresh = await kept.Where(o => o.PlacedAtUtc < end).GroupBy(o => o.UserId ?? "guest:" + o.Email.ToLower())
            .Where(g => g.Min(o => o.PlacedAtUtc) >= start && g.Max(o => o.PlacedAtUtc) >= endWindow).CountAsync(ct);
        return new RetentionCounts(atStart, atEnd, fresh, KpiFormulas.Retention(atStart, atEnd, fresh));
    }

    private static async Task<IReadOnlyList<TopProduct>> TopProductsAsync(StorefrontDb db, IQueryable<Order> inPeriod, CancellationToken ct)
    {
        var rows = await db.OrderLines.AsNoTracking().Where(l => inPeriod.Any(o => o.Id == l.OrderId))
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Name = g.Max(l => l.ProductName), Units = g.Sum(l => l.Quantity), Cents = g.Sum(l => l.UnitPriceCents * l.Quantity) })
            .OrderByDescending(r => r.Cents).ThenByDescending(r => r.Units).ThenBy(r => r.ProductId)
            .Take(TopProductCount).ToListAsync(ct);
        return rows.Select(r => new TopProduct(r.ProductId, r.Name!, r.Units, new Money(r.Cents))).ToList();
    }

    private static async Task<IReadOnlyList<StreamCardRate>> StreamCardsAsync(IQueryable<ShopperEvent> events, CancellationToken ct)
    {
        var rows = await events.Where(e => e.Kind == ShopperEventKind.StreamImpression || e.Kind == ShopperEventKind.StreamClick)
            .GroupBy(e => new { e.Kind, e.Context }).Select(g => new { g.Key.Kind, g.Key.Context, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => (r.Context ?? "").Replace("stream:", "", StringComparison.Ordinal))
            .Select(g => (Kind: g.Key, Shown: g.Where(r => r.Kind == ShopperEventKind.StreamImpression).Sum(r => r.Count),
                Clicked: g.Where(r => r.Kind == ShopperEventKind.StreamClick).Sum(r => r.Count)))
            .Select(k => new StreamCardRate(k.Kind, k.Shown, k.Clicked, KpiFormulas.Percent(k.Clicked, k.Shown)))
            .OrderByDescending(k => k.Impressions).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
    }

    private static async Task<FreeShippingEffect> FreeShippingAsync(IQueryable<ShopperEvent> events, IQueryable<Order> inPeriod, long revenue, int orders, CancellationToken ct)
    {
        // A cart is a shopper id's cart; "crossed" counts only carts whose bar was also shown in the period.
        var shownTo = events.Where(e => e.Kind == ShopperEventKind.FreeShippingBarShown).Select(e => e.OwnerKey);
        var crossers = events.Where(e => e.Kind == ShopperEventKind.FreeShippingBarCrossed && shownTo.Contains(e.OwnerKey)).Select(e => e.OwnerKey);
        var shown = await shownTo.Distinct().CountAsync(ct);
        var crossed = await crossers.Distinct().CountAsync(ct);
        var theirs = await inPeriod.Where(o => o.OwnerKey != null && crossers.Contains(o.OwnerKey))
            .GroupBy(o => 1).Select(g => new { Orders = g.Count(), Cents = g.Sum(o => o.TotalCents) }).ToListAsync(ct);
        int crossedOrders = theirs.Sum(t => t.Orders), otherOrders = orders - crossedOrders;
        long crossedCents = theirs.Sum(t => t.Cents);
        return new FreeShippingEffect(shown, crossed, KpiFormulas.Percent(crossed, shown),
            crossedOrders, KpiFormulas.AverageOrderValue(crossedCents, crossedOrders),
            otherOrders, KpiFormulas.AverageOrderValue(revenue - crossedCents, otherOrders));
    }

    private static async Task<IReadOnlyList<FunnelStep>> FunnelAsync(IQueryable<ShopperEvent> events, CancellationToken ct)
    {
        var rows = await events.Where(e => (e.Kind == ShopperEventKind.CheckoutStepReached || e.Kind == ShopperEventKind.CheckoutStepLeft)
                && e.Context != null && e.Context.StartsWith("checkout:"))
            .GroupBy(e => new { e.Kind, e.Context })
            .Select(g => new { g.Key.Kind, g.Key.Context, Owners = g.Select(e => e.OwnerKey).Distinct().Count() }).ToListAsync(ct);
        int Count(ShopperEventKind kind, string context) => rows.FirstOrDefault(r => r.Kind == kind && r.Context == context)?.Owners ?? 0;
        return Steps.Select(step => CheckoutService.StepContext(step))
            .Select(c => KpiFormulas.Step(c["checkout:".Length..], Count(ShopperEventKind.CheckoutStepReached, c), Count(ShopperEventKind.CheckoutStepLeft, c)))
            .ToList();
    }
}
