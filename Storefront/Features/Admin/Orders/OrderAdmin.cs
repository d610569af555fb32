using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Loyalty;
using Storefront.Features.Orders;

namespace Storefront.Features.Admin.Orders;

public sealed record OrderListQuery(OrderStatus? Status = null, string? Search = null, int Page = 0, int PageSize = 25);

public sealed record OrderListRow(string Number, DateTime PlacedAtUtc, string Email, OrderStatus Status, Money Total, int Items);

public sealed record OrderListPage(IReadOnlyList<OrderListRow> Rows, int Total);

public sealed record OrderAdminLine(string ProductName, string Sku, string Size, string Colour, int Quantity, Money UnitPrice);

public sealed record OrderAdminStep(OrderStatus Status, DateTime AtUtc);

public sealed record OrderAdminDetails(string Number, OrderStatus Status, DateTime PlacedAtUtc, string Email, string? ShipTo, Money Total,
    IReadOnlyList<OrderAdminLine> Lines, IReadOnlyList<OrderAdminStep> Timeline, IReadOnlyList<OrderStatus> Next);

public sealed record OrderStatusResult(bool Succeeded, string? Error, int Restocked = 0);

/// <summary>
/// The merchant's orders: a filtered, paged list, the detail, and status changes along the tracking timeline
/// (<see cref="OrderTracking"/>'s rules, so the shopper's timeline shows them). Cancelling puts the units back in
/// stock; the change, the restock and the audit entry are one SaveChanges.
/// </summary>
public sealed class OrderAdmin(
    IDbContextFactory<StorefrontDb> dbFactory, IStringLocalizer<AdminText> text, IOptions<LoyaltyOptions> loyalty, TimeProvider time, ListingIndex listings)
{
    /// <summary>The statuses an order can have, for pickers: "return requested" is a timeline entry, never a status.</summary>
    public static IReadOnlyList<OrderStatus> Statuses { get; } = Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.ReturnRequested).ToList();

    public async Task<OrderListPage> ListAsync(OrderListQuery query, CancellationToken ct = default)
    {
        var size = Math.Clamp(query.PageSize, 1, 100);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = db.Orders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            orders = orders.Where(o => o.Number.Contains(term) || o.Email.Contains(term));
        }
        var total = await orders.CountAsync(ct);
        var rows = await orders.OrderByDescending(o => o.PlacedAtUtc).ThenByDescending(o => o.Id)
            .Skip(Math.Max(0, query.Page) * size).Take(size)
            .Select(o => new { o.Number, o.PlacedAtUtc, o.Email, o.Status, o.TotalCents, Items = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(ct);
        return new OrderListPage(rows.Select(r => new OrderListRow(r.Number, r.PlacedAtUtc, r.Email, r.Status, new Money(r.TotalCents), r.Items)).ToList(), total);
    }

    public async Task<OrderAdminDetails?> DetailAsync(string number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var o = await db.Orders.AsNoTracking().Where(x => x.Number == number)
            .Select(x => new
            {
                x.Number, x.Status, x.PlacedAtUtc, x.Email, x.ShipToName, x.ShipToStreet, x.ShipToPostalCode, x.ShipToCity, x.TotalCents,
                Lines = x.Lines.OrderBy(l => l.Id).Select(l => new OrderAdminLine(l.ProductName, l.Sku, l.Size, l.Colour, l.Quantity, new Money(l.UnitPriceCents))).ToList(),
                Timeline = x.StatusChanges.OrderBy(s => s.AtUtc).Select(s => new OrderAdminStep(s.Status, s.AtUtc)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (o is null)
        {
            return null;
        }
        // An anonymised order (deleted account) keeps only a placeholder name: leave out the empty parts.
        var shipTo = o.ShipToName is null ? null
            : string.Join(", ", new[] { o.ShipToName, o.ShipToStreet, $"{o.ShipToPostalCode} {o.ShipToCity}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var next = Statuses.Where(s => OrderTracking.IsAllowed(o.Status, s)).ToList();
        return new OrderAdminDetails(o.Number, o.Status, o.PlacedAtUtc, o.Email, shipTo, new Money(o.TotalCents), o.Lines, o.Timeline, next);
    }

    public async Task<OrderStatusResult> ChangeStatusAsync(ClaimsPrincipal user, string number, OrderStatus status, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return new OrderStatusResult(false, text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == number, ct);
        if (order is null)
        {
            return new OrderStatusResult(false, text["OrderNotFound"]);
        }
        var before = order.Status;
        var now = time.GetUtcNow().UtcDateTime;
        if (!await OrderTracking.ApplyAsync(db, order, status, now, loyalty.Value, ct))
        {
            return new OrderStatusResult(false, text["StatusNotAllowed"]);
        }
        var restocked = 0;
        if (status == OrderStatus.Cancelled)
        {
            var quantities = order.Lines.GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
            var variants = await db.Variants.Where(v => quantities.Keys.Contains(v.Id)).ToListAsync(ct);
            foreach (var variant in variants)
            {
                variant.Stock += quantities[variant.Id];
                variant.Version++;
                restocked += quantities[variant.Id];
            }
        }
        AuditTrail.Record(db, actor, now, "Order", order.Number, "StatusChanged", $"{order.Number}: {before} → {status}",
            new { Status = before.ToString() }, new { Status = status.ToString(), Restocked = restocked });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new OrderStatusResult(false, text["OrderConflict"]);
        }
        if (restocked > 0)
        {
            listings.Invalidate();
        }
        return new OrderStatusResult(true, null, restocked);
    }
}
