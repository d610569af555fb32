using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Orders;

public sealed class OrderHistoryTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private OrderHistory Orders => app.Get<OrderHistory>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();

    [Fact]
    public async Task An_account_sees_its_own_orders_newest_first()
    {
        var anna = await UserIdAsync("anna@storefront.test");

        var orders = await Orders.ForUserAsync(anna, Ct);

        Assert.NotEmpty(orders);
        Assert.Equal(orders.OrderByDescending(o => o.PlacedAtUtc).Select(o => o.Number), orders.Select(o => o.Number));
        Assert.Empty(await Orders.ForUserAsync(null, Ct));
    }

    [Fact]
    public async Task Another_shopper_cannot_open_an_order_without_the_link_token()
    {
        var anna = await UserIdAsync("anna@storefront.test");
        var ben = await UserIdAsync("ben@storefront.test");
        var number = (await Orders.ForUserAsync(anna, Ct))[0].Number;

        Assert.NotNull(await Orders.FindAsync(number, anna, null, null, Ct));
        Assert.Null(await Orders.FindAsync(number, ben, "a:someone", null, Ct));
        Assert.Null(await Orders.FindAsync(number, null, null, "not-the-token", Ct));
        Assert.Null(await Orders.FindAsync("SF-XXXXXXXXXXXXXXXXXXXXXXX", anna, null, null, Ct));
    }

    [Fact]
    public async Task A_delivered_historical_order_shows_its_whole_path_as_reached()
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var delivered = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Delivered && o.UserId != null)
            .Select(o => new { o.Number, o.UserId }).FirstAsync(Ct);

        var order = await Orders.FindAsync(delivered.Number, delivered.UserId, null, null, Ct);

        Assert.Equal(OrderHistory.Path, order!.Timeline.Select(t => t.Status));
        Assert.All(order.Timeline, t => Assert.True(t.Reached));
        Assert.NotNull(order.Timeline[0].AtUtc);
    }

    [Fact]
    public async Task Reordering_puts_the_lines_that_are_still_available_back_into_the_cart()
    {
        var anna = await UserIdAsync("anna@storefront.test");
        var number = (await Orders.ForUserAsync(anna, Ct))[0].Number;
        var order = await Orders.FindAsync(number, anna, null, null, Ct);
        var shopper = $"a:{Guid.NewGuid():N}";

        var result = await Orders.ReorderAsync(shopper, order!, Ct);

        Assert.Equal(order!.Lines.Count, result.Added + result.NotAvailable.Count);
        Assert.Equal(result.Added, (await app.Get<CartService>().GetAsync(shopper, Ct)).Lines.Count);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }
}
