using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Orders;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Admin;

public sealed class OrderAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private OrderAdmin Orders => app.Get<OrderAdmin>();

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    [Fact]
    public async Task Cancelling_restocks_every_line_shows_on_the_shoppers_timeline_and_is_audited()
    {
        await using var db = await DbAsync();
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.Status == OrderStatus.Placed && o.UserId != null).OrderBy(o => o.Id).FirstAsync(Ct);
        var variantIds = order.Lines.Select(l => l.VariantId).ToList();
        var stockBefore = await db.Variants.AsNoTracking().Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Stock, Ct);

        var result = await Orders.ChangeStatusAsync(Merchants.Mara, order.Number, OrderStatus.Cancelled, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(order.Lines.Sum(l => l.Quantity), result.Restocked);
        var stockAfter = await db.Variants.AsNoTracking().Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Stock, Ct);
        foreach (var group in order.Lines.GroupBy(l => l.VariantId))
        {
            Assert.Equal(stockBefore[group.Key] + group.Sum(l => l.Quantity), stockAfter[group.Key]);
        }
        var details = await app.Get<OrderHistory>().FindAsync(order.Number, order.UserId, null, null, Ct);
        Assert.Equal(OrderStatus.Cancelled, details!.Status);
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityType == "Order" && e.EntityId == order.Number, Ct);
        Assert.Equal("StatusChanged", entry.Action);
        Assert.Contains("Cancelled", entry.AfterJson);
    }

    [Fact]
    public async Task A_change_the_timeline_does_not_allow_or_a_shopper_changes_nothing()
    {
        await using var db = await DbAsync();
        var shipped = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Delivered).OrderBy(o => o.Id).FirstAsync(Ct);
        var placed = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Placed).OrderByDescending(o => o.Id).FirstAsync(Ct);

        var refused = await Orders.ChangeStatusAsync(Merchants.Mara, shipped.Number, OrderStatus.Cancelled, Ct);
        var shopper = await Orders.ChangeStatusAsync(Merchants.Shopper, placed.Number, OrderStatus.Shipped, Ct);

        Assert.Equal("The order cannot move to this status from where it is now.", refused.Error);
        Assert.Equal("Only merchants may do this.", shopper.Error);
        Assert.Equal(OrderStatus.Delivered, (await Orders.DetailAsync(shipped.Number, Ct))!.Status);
        Assert.Equal(OrderStatus.Placed, (await Orders.DetailAsync(placed.Number, Ct))!.Status);
        Assert.Equal(0, await db.Set<AuditEntry>().CountAsync(e => e.EntityId == shipped.Number || e.EntityId == placed.Number, Ct));
    }

    [Fact]
    public async Task The_list_filters_by_status_and_the_detail_offers_only_allowed_moves()
    {
        var placed = await Orders.ListAsync(new OrderListQuery(Status: OrderStatus.Placed, PageSize: 5), Ct);

        Assert.NotEmpty(placed.Rows);
        Assert.All(placed.Rows, r => Assert.Equal(OrderStatus.Placed, r.Status));
        var detail = await Orders.DetailAsync(placed.Rows[0].Number, Ct);
        Assert.Contains(OrderStatus.Cancelled, detail!.Next);
        Assert.DoesNotContain(OrderStatus.Returned, detail.Next);
    }
}
