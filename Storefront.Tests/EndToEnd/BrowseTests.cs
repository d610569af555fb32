using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class BrowseTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    [Fact]
    public async Task The_brand_on_a_product_page_leads_to_the_brands_page()
    {
        await Page.GotoAsync("product/1");
        var brandName = (await Page.Locator(".product-page__brand a").TextContentAsync())!.Trim();

        await Page.Locator(".product-page__brand a").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/brand/[a-z-]+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = brandName })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"Follow {Regex.Escape(brandName)}") })).ToBeVisibleAsync();
        await Expect(Page.Locator(".product-tile").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Filter_by_size_and_colour_then_go_back()
    {
        await Page.GotoAsync("c/t-shirts");
        var filters = Page.GetByRole(AriaRole.Complementary, new() { Name = "Filter and sort" });

        await filters.GetByText("Size", new() { Exact = true }).First.ClickAsync();
        await filters.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^M \(\d+\)$") }).CheckAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"size=M"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Remove filter: Size: M" })).ToBeVisibleAsync();
        var afterSize = await ProductCountAsync();

        await filters.GetByText("Colour", new() { Exact = true }).First.ClickAsync();
        await filters.GetByRole(AriaRole.Group, new() { Name = "Colour" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"size=M&colour="));
        Assert.True(await ProductCountAsync() <= afterSize);

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"size=M$"));
        await Expect(filters.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^M \(\d+\)$") })).ToBeCheckedAsync();
        Assert.Equal(afterSize, await ProductCountAsync());
    }

    [Fact]
    public async Task Sorting_by_price_keeps_the_filters_and_lists_the_cheapest_first()
    {
        await Page.GotoAsync("c/shoes?stock=1");
        await Page.GetByLabel("Sort by").SelectOptionAsync(new SelectOptionValue { Label = "Price: low to high" });

        await Expect(Page).ToHaveURLAsync(new Regex(@"c/shoes\?(stock=1&sort=price-asc|sort=price-asc&stock=1)$"));
        var prices = await Page.GetByRole(AriaRole.Article).Locator(".price-tag__now").AllTextContentsAsync();
        var cents = prices.Select(p => long.Parse(Regex.Replace(p, @"[^\d]", ""))).ToList();
        Assert.Equal(cents.Order(), cents);
    }

    private async Task<int> ProductCountAsync()
    {
        var text = await Page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex(@"\d+ products") }).TextContentAsync();
        return int.Parse(Regex.Match(text!, @"\d+").Value);
    }
}
