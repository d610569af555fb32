using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>The merchant's vouchers and shipping rules reach the shopper's cart.</summary>
public sealed class AdminSettingsFlowTests : BrowserTest, IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";
    private readonly BrowserFixture browser;

    public AdminSettingsFlowTests(BrowserFixture browser, ShopServerFixture server) : base(browser, server) => this.browser = browser;

    [Fact]
    public async Task The_merchant_creates_a_voucher_and_a_shopper_redeems_it_in_the_cart()
    {
        await SignInAsMerchantAsync();
        await Page.GotoAsync("culture/en?returnUrl=%2Fadmin%2Fvouchers");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New voucher" }).ClickAsync();
        await Page.GetByLabel("Code (capital letters, digits, hyphens)").FillAsync("TEAM 20");
        await Page.GetByLabel("Percentage off (1–100)").FillAsync("20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Use 1 to 32 capital letters, digits or hyphens (e.g. SPRING-10).")).ToBeVisibleAsync();
        await Page.GetByLabel("Code (capital letters, digits, hyphens)").FillAsync("TEAM-20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Voucher TEAM-20 created.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Voucher codes" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "TEAM-20" }))
            .ToContainTextAsync("20 % off");

        var shopper = await NewShopperAsync();
        await AddToCartAsync(shopper, await OneSizeProductAsync(2500, 3500));
        await shopper.GotoAsync("cart");
        var main = shopper.GetByRole(AriaRole.Main);
        await main.GetByRole(AriaRole.Textbox, new() { Name = "Voucher code" }).FillAsync("team-20");
        await main.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync("Voucher TEAM-20 applied: 20 % off.");
    }

    [Fact]
    public async Task The_merchant_lowers_the_free_shipping_threshold_and_the_carts_bar_shows_it_unlocked()
    {
        var shopper = await NewShopperAsync();
        await AddToCartAsync(shopper, await OneSizeProductAsync(2500, 3500));
        await shopper.GotoAsync("cart");
        var bar = shopper.GetByRole(AriaRole.Main).GetByRole(AriaRole.Progressbar);
        await Expect(bar).ToHaveAttributeAsync("aria-valuetext", new Regex(@"of €50\.00 – .* to free shipping"));

        await SignInAsMerchantAsync();
        await Page.GotoAsync("culture/en?returnUrl=%2Fadmin%2Fshipping");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        var threshold = Page.GetByLabel("Free standard shipping from (€)");
        await Expect(threshold).ToHaveValueAsync("50.00");
        await threshold.FillAsync("-5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("The amount cannot be negative.")).ToBeVisibleAsync();
        await threshold.FillAsync("20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Changes saved.")).ToBeVisibleAsync();

        await shopper.ReloadAsync();
        await Expect(bar).ToHaveAttributeAsync("aria-valuetext", "Free shipping unlocked");
    }

    private async Task<IPage> NewShopperAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    private static async Task AddToCartAsync(IPage page, int productId)
    {
        await page.GotoAsync($"culture/en?returnUrl=%2Fproduct%2F{productId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
    }

    private async Task SignInAsMerchantAsync()
    {
        await Page.GotoAsync("Account/Login");
        await Page.GetByLabel("Email").FillAsync("merchant@storefront.test");
        await Page.GetByLabel("Password").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }

    private async Task<int> OneSizeProductAsync(long minCents, long maxCents)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(ct);
        return await db.Variants.AsNoTracking()
            .Where(v => v.Size == FreeShippingAdvisor.OneSize && v.Stock >= 5 && v.PriceCents >= minCents && v.PriceCents <= maxCents
                && !v.Product!.IsArchived && v.Product.MembersEarlyUntilUtc == null && v.Product.Variants.Count == 1)
            .OrderBy(v => v.Id).Select(v => v.ProductId).FirstAsync(ct);
    }
}
