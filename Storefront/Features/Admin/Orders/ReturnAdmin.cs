using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Orders.Returns;

namespace Storefront.Features.Admin.Orders;

public sealed record ReturnAdminLine(string ProductName, string Size, string Colour, int Quantity, ReturnReason Reason, string? Note);

public sealed record ReturnAdminRequest(int Id, DateTime RequestedAtUtc, ReturnState State, DateTime? ReceivedAtUtc, IReadOnlyList<ReturnAdminLine> Lines)
{
    public int Units => Lines.Sum(l => l.Quantity);
}

public sealed record ReturnReceiveResult(bool Succeeded, string Message);

/// <summary>
/// Returns as the merchant's order detail shows them, and the receipt of a parcel: <see cref="ReturnsService"/> restocks,
/// closes the order when everything is back and moves loyalty points; this adds the merchant check and the audit entry
/// (in the same save).
/// </summary>
public sealed class ReturnAdmin(IDbContextFactory<StorefrontDb> dbFactory, ReturnsService returns, IStringLocalizer<ReturnAdminText> text, TimeProvider time, ListingIndex listings)
{
    public async Task<IReadOnlyList<ReturnAdminRequest>> ForOrderAsync(string number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<ReturnRequest>().AsNoTracking()
            .Where(r => db.Orders.Any(o => o.Id == r.OrderId && o.Number == number))
            .OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.RequestedAtUtc, r.State, r.ReceivedAtUtc,
                Lines = r.Lines.OrderBy(l => l.Id).Join(db.OrderLines, l => l.OrderLineId, ol => ol.Id,
                    (l, ol) => new ReturnAdminLine(ol.ProductName, ol.Size, ol.Colour, l.Quantity, l.Reason, l.Note)).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ReturnAdminRequest(r.Id, r.RequestedAtUtc, r.State, r.ReceivedAtUtc, r.Lines)).ToList();
    }

    public async Task<ReturnReceiveResult> MarkReceivedAsync(ClaimsPrincipal user, string number, int returnId, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return new ReturnReceiveResult(false, text["NotAllowed"]);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // The return must belong to the order the merchant is looking at (a tampered id refers to nothing here).
            if (!await db.Set<ReturnRequest>().AnyAsync(r => r.Id == returnId && db.Orders.Any(o => o.Id == r.OrderId && o.Number == number), ct))
            {
                return new ReturnReceiveResult(false, text["ReturnNotFound"]);
            }
        }
        var units = 0;
        var result = await returns.MarkReceivedAsync(returnId, (db, request, orderReturned) =>
        {
            units = request.Lines.Sum(l => l.Quantity);
            AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "Order", number, "ReturnReceived",
                $"{number}: return {request.Id} received, {units} restocked" + (orderReturned ? ", order returned" : ""),
                new { Return = request.Id, State = ReturnState.Requested.ToString() },
                new { Return = request.Id, State = ReturnState.Received.ToString(), Restocked = units, OrderReturned = orderReturned });
        }, ct);
        switch (result.Outcome)
        {
            case ReceiveOutcome.Received:
                listings.Invalidate();
                return new ReturnReceiveResult(true, result.OrderReturned ? text["ReceivedOrderReturned", units] : text["Received", units]);
            case ReceiveOutcome.AlreadyReceived:
                return new ReturnReceiveResult(false, text["AlreadyReceived"]);
            case ReceiveOutcome.NotFound:
                return new ReturnReceiveResult(false, text["ReturnNotFound"]);
            default:
                return new ReturnReceiveResult(false, text["Busy"]);
        }
    }
}

/// <summary>Marker type for the admin's return handling strings (ReturnAdminText.resx, ReturnAdminText.de.resx).</summary>
public sealed class ReturnAdminText;
