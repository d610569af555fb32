using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Orders;

public sealed class OrderTrackingTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(OrderStatus.Placed, OrderStatus.Packed, true)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Packed, false)]
    [InlineData(OrderStatus.Packed, OrderStatus.Cancelled, true)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled, false)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Returned, true)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Shipped, false)]
    public void Orders_move_forward_and_end_cancelled_or_returned(OrderStatus from, OrderStatus to, bool allowed) =>
        Assert.Equal(allowed, OrderTracking.IsAllowed(from, to));

    [Fact]
    public async Task Each_status_change_lands_on_the_timeline_and_a_refused_one_changes_nothing()
    {
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Placed && o.UserId != null).FirstAsync(Ct);
        var tracking = app.Get<OrderTracking>();

        Assert.True(await tracking.SetStatusAsync(order.Number, OrderStatus.Shipped, Ct));
        Assert.False(await tracking.SetStatusAsync(order.Number, OrderStatus.Cancelled, Ct));

        var details = await app.Get<OrderHistory>().FindAsync(order.Number, order.UserId, null, null, Ct);
        Assert.Equal(OrderStatus.Shipped, details!.Status);
        var shipped = details.Timeline.Single(t => t.Status == OrderStatus.Shipped);
        Assert.True(shipped.Reached);
        Assert.NotNull(shipped.AtUtc);
        Assert.False(details.Timeline.Single(t => t.Status == OrderStatus.Delivered).Reached);
    }
}
