using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Orders;
using Storefront.Features.Orders;
using Storefront.Features.Orders.Returns;
using Storefront.Tests.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Admin;

public sealed class ReturnAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private ReturnAdmin Returns => app.Get<ReturnAdmin>();

    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();

    [Fact]
    public async Task The_order_detail_lists_returns_with_lines_quantities_and_reasons()
    {
        var (order, returnId) = await OrderWithReturnAsync(("1", "TooSmall", "Tight"));

        var request = Assert.Single(await Returns.ForOrderAsync(order.Number, Ct));

        Assert.Equal((returnId, ReturnState.Requested, 1), (request.Id, request.State, request.Units));
        var line = Assert.Single(request.Lines);
        Assert.Equal((order.Lines[0].ProductName, 1, ReturnReason.TooSmall, "Tight"), (line.ProductName, line.Quantity, line.Reason, line.Note));
    }

    [Fact]
    public async Task Marking_a_return_received_restocks_returns_the_order_when_all_is_back_and_is_audited_once()
    {
        var (order, returnId) = await OrderWithReturnAsync(("2", "TooLarge", null));
        var variantId = order.Lines[0].VariantId;
        var stockBefore = await StockAsync(variantId);

        var received = await Culture.InCulture("en", () => Returns.MarkReceivedAsync(Merchants.Mara, order.Number, returnId, Ct));
        var again = await Culture.InCulture("en", () => Returns.MarkReceivedAsync(Merchants.Mara, order.Number, returnId, Ct));

        Assert.True(received.Succeeded, received.Message);
        Assert.Equal("Return received: 2 units are back in stock. Everything is back, so the order is now returned.", received.Message);
        Assert.Equal((false, "This return was already marked received; nothing was restocked twice."), (again.Succeeded, again.Message));
        Assert.Equal(stockBefore + 2, await StockAsync(variantId));
        Assert.Equal(ReturnState.Received, Assert.Single(await Returns.ForOrderAsync(order.Number, Ct)).State);
        await using var db = await Db.CreateDbContextAsync(Ct);
        Assert.Equal(OrderStatus.Returned, await db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(Ct));
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityId == order.Number && e.Action == "ReturnReceived", Ct);
        Assert.Equal("merchant@storefront.test", entry.UserName);
        Assert.Contains("\"Restocked\":2", entry.AfterJson);
    }

    [Fact]
    public async Task A_shopper_or_a_return_of_another_order_changes_nothing()
    {
        var (order, returnId) = await OrderWithReturnAsync(("1", "Damaged", null));
        var (other, _) = await OrderWithReturnAsync(("1", "ChangedMind", null));
        var stockBefore = await StockAsync(order.Lines[0].VariantId);

        var shopper = await Culture.InCulture("en", () => Returns.MarkReceivedAsync(Merchants.Shopper, order.Number, returnId, Ct));
        var wrongOrder = await Culture.InCulture("en", () => Returns.MarkReceivedAsync(Merchants.Mara, other.Number, returnId, Ct));

        Assert.Equal((false, "Only merchants may do this."), (shopper.Succeeded, shopper.Message));
        Assert.Equal((false, "This return does not belong to this order."), (wrongOrder.Succeeded, wrongOrder.Message));
        Assert.Equal(stockBefore, await StockAsync(order.Lines[0].VariantId));
        Assert.Equal(ReturnState.Requested, Assert.Single(await Returns.ForOrderAsync(order.Number, Ct)).State);
        await using var db = await Db.CreateDbContextAsync(Ct);
        Assert.False(await db.Set<AuditEntry>().AnyAsync(e => e.EntityId == order.Number || e.EntityId == other.Number, Ct));
    }

    [Fact]
    public void Status_pickers_offer_every_status_but_return_requested()
    {
        Assert.DoesNotContain(OrderStatus.ReturnRequested, OrderAdmin.Statuses);
        Assert.Contains(OrderStatus.Returned, OrderAdmin.Statuses);
        Assert.Equal(Enum.GetValues<OrderStatus>().Length - 1, OrderAdmin.Statuses.Count);
    }

    private async Task<(Order Order, int ReturnId)> OrderWithReturnAsync((string Quantity, string Reason, string? Note) line)
    {
        var variant = (await OrderBuilder.ClothingVariantsAsync(Db, 1, Ct))[0];
        var order = await new OrderBuilder(Db).Delivered(app.Time.GetUtcNow().UtcDateTime.AddDays(-2)).Line(variant.Id, int.Parse(line.Quantity)).SaveAsync(Ct);
        var command = new ReturnCommand(order.Number, new ReturnAccess(null, null, order.AccessToken),
            [new ReturnLineInput { OrderLineId = order.Lines[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity = line.Quantity, Reason = line.Reason, Note = line.Note }],
            "http://shop.test/");
        var result = await Culture.InCulture("en", () => app.Get<ReturnsService>().RequestAsync(command, Ct));
        Assert.True(result.Succeeded, result.Error);
        return (order, result.ReturnId!.Value);
    }

    private async Task<int> StockAsync(int variantId)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Variants.Where(v => v.Id == variantId).Select(v => v.Stock).SingleAsync(Ct);
    }
}
