using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class ReturnFlowTests(BrowserFixture browser, ShopServerFixture server) : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task A_signed_in_shopper_returns_an_item_of_a_delivered_order_with_a_reason_and_sees_it_on_the_timeline()
    {
        var number = await RecentDeliveredOrderOfAsync("clara@storefront.test");
        await SignInAsync("clara@storefront.test", DemoPassword);

        await Page.GotoAsync("orders");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Order {number}" }).ClickAsync();
        var returns = Page.GetByRole(AriaRole.Region, new() { Name = "Returns" });
        await Expect(returns.GetByText("You can return items until")).ToBeVisibleAsync();
        await returns.GetByRole(AriaRole.Link, new() { Name = "Return items" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Return items from order {number}" })).ToBeVisibleAsync();
        var firstItem = Page.GetByRole(AriaRole.Group).First;
        await firstItem.GetByLabel("Quantity to return").SelectOptionAsync("1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Request return" }).ClickAsync();
        await Expect(firstItem.GetByText("Please choose a reason.")).ToBeVisibleAsync();
        await Expect(firstItem.GetByLabel("Quantity to return")).ToHaveValueAsync("1");

        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        await firstItem.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = "Too small" });
        await firstItem.GetByLabel("Note (optional)").FillAsync("Tight across the shoulders");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Request return" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/orders/{number}\\?returned=1$"));
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your return is requested." })).ToBeVisibleAsync();
        var timeline = Page.GetByRole(AriaRole.List, new() { Name = "Order status" });
        await Expect(timeline.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("Return requested");
        await Expect(returns.GetByText("Too small — Tight across the shoulders")).ToBeVisibleAsync();
    }

    private async Task<string> RecentDeliveredOrderOfAsync(string email)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        return await db.Orders.AsNoTracking()
            .Where(o => db.Users.Any(u => u.Id == o.UserId && u.Email == email) && o.Status == OrderStatus.Delivered
                && o.StatusChanges.Any(c => c.Status == OrderStatus.Delivered))
            .OrderByDescending(o => o.PlacedAtUtc).Select(o => o.Number)
            .FirstAsync(TestContext.Current.CancellationToken);
    }
}
