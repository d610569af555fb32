using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class CartFlowTests : BrowserTest, IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";
    private readonly BrowserFixture browser;

    public CartFlowTests(BrowserFixture browser, ShopServerFixture server) : base(browser, server) => this.browser = browser;

    [Fact]
    public async Task An_anonymous_cart_moves_into_the_account_at_sign_in_and_is_shared_with_a_second_browser()
    {
        await Page.GotoAsync("product/1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        Assert.Contains(await Context.CookiesAsync(), c => c.Name == "sf_shopper");

        await SignInAsync("ben@storefront.test", DemoPassword);

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        // Merged once: the anonymous id is dropped, so signing out later starts a fresh visitor.
        Assert.DoesNotContain(await Context.CookiesAsync(), c => c.Name == "sf_shopper");
        // Playwright gives <summary> no role, so the disclosure is found by its (visually hidden) text.
        await Page.Locator("summary", new() { HasText = "Show cart contents" }).ClickAsync();
        var miniCart = Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Merino crew T-shirt" });
        await Expect(miniCart).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Go to cart" })).ToBeVisibleAsync();

        // The same account in another browser sees the same cart, and changes made there show up here.
        await using var other = await browser.Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var otherPage = await other.NewPageAsync();
        await SignInAsync(otherPage, "ben@storefront.test");
        await otherPage.GotoAsync("cart");
        await Expect(otherPage.GetByRole(AriaRole.Link, new() { Name = "Merino crew T-shirt" })).ToBeVisibleAsync();
        await otherPage.GetByLabel("Quantity Merino crew T-shirt").FillAsync("2");
        await otherPage.GetByRole(AriaRole.Button, new() { Name = "Update Merino crew T-shirt" }).ClickAsync();
        await Expect(otherPage.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" })).ToBeVisibleAsync();

        await Page.GotoAsync("cart");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Quantity Merino crew T-shirt")).ToHaveValueAsync("2");
    }

    [Fact]
    public async Task Removing_a_line_and_a_quantity_beyond_stock_on_the_cart_page()
    {
        await Page.GotoAsync("product/1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        await Page.GotoAsync("cart");
        var quantity = Page.GetByLabel("Quantity Merino crew T-shirt");

        // The browser's own number check is bypassed, as a tampered post would.
        await quantity.EvaluateAsync("input => { input.type = 'text'; input.value = 'lots'; }");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Update Merino crew T-shirt" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Enter the quantity as a whole number.");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove Merino crew T-shirt" }).ClickAsync();
        await Expect(Page.GetByText("Your cart is empty.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 0 items" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_favourite_product_and_a_followed_brand_show_up_on_the_favourites_page()
    {
        await Page.GotoAsync("product/1");
        var favourite = Page.GetByRole(AriaRole.Button, new() { Name = "Favourite", Exact = true });
        await Expect(favourite).ToHaveAttributeAsync("aria-pressed", "false");

        await favourite.ClickAsync();
        await Expect(favourite).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Follow Nordwind" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Follow Nordwind" })).ToHaveAttributeAsync("aria-pressed", "true");

        await Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Favourites" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Favourites", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Merino crew T-shirt" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Brands you follow" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Nordwind" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove Merino crew T-shirt" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Merino crew T-shirt" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Unfollow Nordwind" }).ClickAsync();
        await Expect(Page.GetByText("You have no favourites yet.", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_heart_on_a_category_tile_saves_the_product_and_stays_on_the_page()
    {
        await Page.GotoAsync("c/fashion");
        var tile = Page.GetByRole(AriaRole.Article).First;
        var name = await tile.GetByRole(AriaRole.Heading).InnerTextAsync();
        var heart = tile.GetByRole(AriaRole.Button, new() { Name = $"Favourite: {name}" });

        await heart.ClickAsync();

        await Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.EndsWith("/c/fashion", Page.Url);
        await Page.GotoAsync("favourites");
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Recently_viewed_products_show_on_product_pages_and_the_home_page_once_the_shopper_is_known()
    {
        var signals = Server.Factory.Services.GetRequiredService<ShopperSignals>();
        await Page.GotoAsync("product/2");
        await Page.GotoAsync("product/3");
        await signals.FlushAsync(TestContext.Current.CancellationToken);
        await Page.GotoAsync("product/1");
        // Browsing alone sets no cookie, so there is no history yet.
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Recently viewed" })).ToHaveCountAsync(0);

        var favourite = Page.GetByRole(AriaRole.Button, new() { Name = "Favourite", Exact = true });
        await favourite.ClickAsync();
        await Expect(favourite).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.GotoAsync("product/2");
        await signals.FlushAsync(TestContext.Current.CancellationToken);
        await Page.GotoAsync("product/3");

        var strip = Page.GetByRole(AriaRole.Region, new() { Name = "Recently viewed" });
        await Expect(strip.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(strip.GetByRole(AriaRole.Listitem).First).ToContainTextAsync(await ProductNameAsync("product/2"));

        await signals.FlushAsync(TestContext.Current.CancellationToken);
        await Page.GotoAsync("");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Recently viewed" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task Cart_favourites_and_the_open_mini_cart_have_no_serious_accessibility_violations(string culture)
    {
        await Page.GotoAsync($"culture/{culture}?returnUrl=/product/1");
        await Page.Locator("form.add-to-cart button[type=submit]").ClickAsync();
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("1");
        var favourite = Page.Locator(".product-favourites button").First;
        await favourite.ClickAsync();
        await Expect(favourite).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.GotoAsync("product/2");
        await Page.Locator(".mini-cart summary").ClickAsync();

        var report = new List<string>();
        foreach (var path in new[] { "product/2", "cart", "favourites", "" })
        {
            if (path != "product/2")
            {
                await Page.GotoAsync(path);
            }
            var result = await Page.RunAxe();
            report.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{culture} /{path}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    private async Task<string> ProductNameAsync(string path)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(path);
        var name = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await page.CloseAsync();
        return name;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }
}
