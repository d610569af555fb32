using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class MembersEarlyAccessFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    [Fact]
    public async Task A_visitor_sees_the_teaser_and_cannot_buy_a_signed_in_shopper_buys_it()
    {
        var (productId, name) = await MembersOnlyProductAsync();

        // A visitor: no add-to-cart, a teaser with the date and a way to sign in; search does not list it.
        await Page.GotoAsync($"search?q={Uri.EscapeDataString(name)}");
        await Expect(Page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        // Other brands may sell products of the same name: look for this one's link.
        await Expect(Page.Locator($"a[href^='product/{productId}/']")).ToHaveCountAsync(0);
        await Page.GotoAsync($"product/{productId}");
        var teaser = Page.GetByRole(AriaRole.Region, new() { Name = "Members' early access" });
        await Expect(teaser).ToContainTextAsync("Members can shop this product before everyone else, until");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" })).ToHaveCountAsync(0);
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        // Signing in from the teaser comes back to the product, which is now for sale.
        await teaser.GetByRole(AriaRole.Link, new() { Name = "Sign in to shop it" }).ClickAsync();
        await Page.GetByLabel("Email").FillAsync("ben@storefront.test");
        await Page.GetByLabel("Password").FillAsync("Storefront-Demo-2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await Expect(Page.GetByText("You're shopping this early")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        await Page.GotoAsync("checkout");
        await Page.GetByLabel("Full name").FillAsync("Ben Beispiel");
        await Page.GetByLabel("Street and house number").FillAsync("Ring 2");
        await Page.GetByLabel("Postcode").FillAsync("10115");
        await Page.GetByLabel("Town or city").FillAsync("Berlin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to shipping" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync();
        await Page.GetByLabel("Invoice").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your order" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(name);
    }

    private async Task<(int Id, string Name)> MembersOnlyProductAsync()
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var product = await db.Variants.AsNoTracking()
            .Where(v => v.Size == FreeShippingAdvisor.OneSize && v.Stock >= 5 && v.PriceCents >= 2000
                && !v.Product!.IsArchived && v.Product.MembersEarlyUntilUtc == null && v.Product.Variants.Count == 1)
            .OrderByDescending(v => v.Id).Select(v => new { v.ProductId, v.Product!.NameEn }).FirstAsync(TestContext.Current.CancellationToken);
        await db.Products.Where(p => p.Id == product.ProductId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MembersEarlyUntilUtc, DateTime.UtcNow.AddDays(3)), TestContext.Current.CancellationToken);
        scope.ServiceProvider.GetRequiredService<ListingIndex>().Invalidate();
        return (product.ProductId, product.NameEn);
    }
}
