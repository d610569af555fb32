using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class ShopShellTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    [Fact]
    public async Task Home_shows_at_least_12_products_with_loaded_images()
    {
        await Page.GotoAsync("");

        var bestsellers = Page.GetByRole(AriaRole.Region, new() { Name = "Bestsellers" });
        var products = bestsellers.GetByRole(AriaRole.Article);
        await Expect(products.Nth(11)).ToBeVisibleAsync();
        Assert.True(await products.CountAsync() >= 12);

        var images = bestsellers.Locator("img");
        var count = await images.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var image = images.Nth(i);
            await image.ScrollIntoViewIfNeededAsync();
            await Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, $"image {i} did not load");
            Assert.False(string.IsNullOrWhiteSpace(await image.GetAttributeAsync("alt")), $"image {i} has no alt text");
        }
    }

    [Fact]
    public async Task Switching_to_German_changes_the_UI_text()
    {
        await Page.GotoAsync("");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bestsellers" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "DE", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bestseller", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Impressum" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bestsellers" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Department_navigation_leads_to_a_product_that_can_be_added_to_the_cart()
    {
        await Page.GotoAsync("");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Departments" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(Page.GetByText(new System.Text.RegularExpressions.Regex(@"^\d+ products$"))).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Link).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Added to your cart.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task Shop_pages_have_no_serious_or_critical_accessibility_violations(string culture)
    {
        string[] pages = ["/", "/c/fashion", "/c/cat-litter", "/product/1", "/search?q=bike", "/brand/nordwind", "/cart", "/Account/Login", "/Account/Register", "/legal/imprint", "/no-such-page"];
        var report = new List<string>();
        foreach (var path in pages)
        {
            await Page.GotoAsync($"culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
            var result = await Page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            TestContext.Current.SendDiagnosticMessage($"axe {culture} {path}: {result.Violations.Length} violations, {serious.Count} serious or critical");
            report.AddRange(serious.Select(v => $"{path}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public async Task Phone_width_keeps_search_cart_and_navigation_usable()
    {
        await Page.SetViewportSizeAsync(360, 740);
        await Page.GotoAsync("");

        await Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the shop" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 0 items" })).ToBeVisibleAsync();
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"page is {scrollWidth}px wide at a 360px viewport");
    }
}
