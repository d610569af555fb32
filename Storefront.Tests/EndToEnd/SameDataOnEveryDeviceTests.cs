using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Tests.TestSupport;
using Storefront.Tests.TestSupport.Oidc;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>Two browser contexts play two devices of one shopper who signs in with the test OpenID Connect provider.</summary>
public sealed class SameDataOnEveryDeviceTests(BrowserFixture browser, SsoServerFixture server)
    : BrowserTest(browser, server), IClassFixture<SsoServerFixture>
{
    private readonly IBrowser devices = browser.Browser;
    private readonly TestIdentityProvider provider = server.Provider;

    [Fact]
    public async Task The_cart_filled_on_one_device_appears_on_another_after_signing_in_with_the_provider()
    {
        var user = provider.NewUser(name: "Dana Devices");
        var (first, second) = await TwoInStockProductsAsync();

        // The phone: a visitor fills the cart, then creates the account with the provider; the cart comes along.
        await AddToCartAsync(Page, first.Id);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(Page, user);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the terms" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        // The laptop: another browser with its own visitor cart signs in with the same provider account.
        await using var laptop = await devices.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        laptop.SetDefaultTimeout(15_000);
        var page = await laptop.NewPageAsync();
        await AddToCartAsync(page, second.Id);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        await page.GotoAsync("Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(page, user);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();

        await page.GotoAsync("cart");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByText(first.Name).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByText(second.Name).First).ToBeVisibleAsync();

        // Back on the phone, the laptop's line is there too.
        await Page.GotoAsync("cart");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByText(second.Name).First).ToBeVisibleAsync();
    }

    private static async Task AddToCartAsync(IPage page, int productId)
    {
        await page.GotoAsync($"product/{productId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
    }

    private static async Task SignInAtProviderAsync(IPage page, TestIdpUser user)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test provider" })).ToBeVisibleAsync();
        await page.GetByLabel("Username").FillAsync(user.Username);
        await page.GetByLabel("Password").FillAsync(TestIdentityProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();
    }

    private async Task<((int Id, string Name) First, (int Id, string Name) Second)> TwoInStockProductsAsync()
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var products = await db.Variants.AsNoTracking()
            .Where(v => v.Size == FreeShippingAdvisor.OneSize && v.Stock >= 5 && !v.Product!.IsArchived && v.Product.MembersEarlyUntilUtc == null && v.Product.Variants.Count == 1)
            .OrderByDescending(v => v.Id).Select(v => new { v.ProductId, v.Product!.NameEn }).Take(2).ToListAsync(TestContext.Current.CancellationToken);
        return ((products[0].ProductId, products[0].NameEn), (products[1].ProductId, products[1].NameEn));
    }
}
