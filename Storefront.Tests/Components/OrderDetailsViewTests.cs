using System.Globalization;
using Bunit;
using Storefront.Common;
using Storefront.Features.Orders;
using Storefront.Features.Orders.Pages;

namespace Storefront.Tests.Components;

public sealed class OrderDetailsViewTests : StorefrontComponentTest
{
    public OrderDetailsViewTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("WELCOME10", 0, "Discount (voucher WELCOME10)")]
    [InlineData(null, 250, "Loyalty points (250)")]
    [InlineData("SAVE5", 1200, "Discount (voucher SAVE5 and 1,200 loyalty points)")]
    public void The_discount_row_names_the_voucher_and_the_points_it_came_from(string? voucher, int points, string label)
    {
        var view = Render<OrderDetailsView>(p => p.Add(x => x.Order, Order(voucher, points)));

        var row = view.FindAll("tfoot tr").Single(r => r.TextContent.Contains('−'));
        Assert.Equal(label, row.QuerySelector("th")!.TextContent);
        Assert.Contains("7.50", row.QuerySelector("td")!.TextContent);
    }

    private static OrderDetails Order(string? voucher, int points) => new(
        "SF-100001", new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), OrderStatus.Paid, "anna@storefront.test",
        [new OrderLineView(1, 1, "Merino crew T-shirt", "NW-1-M", "M", "Navy", new Money(4500), 1)],
        new Money(4500), new Money(0), new Money(750), new Money(3750), new Money(599), null, null, null, null, null, null,
        null, null, null, null, null, [], voucher, points);
}
