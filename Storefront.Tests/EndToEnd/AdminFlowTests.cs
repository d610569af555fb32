using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class AdminFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";
    private const string Merchant = "merchant@storefront.test";
    /// <summary>A seeded one-variant product (insulated bottle, €17.95) that Ben has not bought.</summary>
    private const int BottleId = 108;

    private static readonly string[] AdminPages = ["admin", "admin/products", "admin/products/new", $"admin/products/{BottleId}", "admin/orders", "admin/audit", "admin/vouchers", "admin/shipping", "admin/categories", "admin/brands", "admin/size-charts", "admin/kpis", "admin/editorial"];

    [Fact]
    public async Task Anonymous_visitors_and_shoppers_are_refused_every_admin_page_and_admin_form_post()
    {
        foreach (var path in AdminPages)
        {
            await Page.GotoAsync(path);
            await Expect(Page).ToHaveURLAsync(new Regex("Account/Login"));
        }
        var anonymousPost = await Context.APIRequest.PostAsync($"admin/products/{BottleId}", new() { Form = PriceForm(), MaxRedirects = 5 });
        Assert.Matches("Account/Login", anonymousPost.Url);

        await SignInAsync("ben@storefront.test", DemoPassword);
        foreach (var path in AdminPages)
        {
            await Page.GotoAsync(path);
            await Expect(Page).ToHaveURLAsync(new Regex("Account/AccessDenied"));
        }
        var shopperPost = await Context.APIRequest.PostAsync($"admin/products/{BottleId}", new() { Form = PriceForm(), MaxRedirects = 5 });
        Assert.Matches("Account/AccessDenied", shopperPost.Url);

        await Page.GotoAsync($"product/{BottleId}/x");
        await Expect(Page.GetByText("€17.95").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_merchant_cuts_a_price_and_the_shopper_who_favourited_it_sees_a_price_drop_card()
    {
        var shopper = await Context.Browser!.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var ben = await shopper.NewPageAsync();
        await SignInAsync(ben, "ben@storefront.test");
        await ben.GotoAsync($"culture/en?returnUrl=%2Fproduct%2F{BottleId}%2Fx");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Favourite", Exact = true }).ClickAsync();
        await Expect(ben.GetByRole(AriaRole.Button, new() { Name = "Favourite", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");

        await SignInAsync(Page, Merchant);
        await Page.GotoAsync($"culture/en?returnUrl=%2Fadmin%2Fproducts%2F{BottleId}");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Page.GetByLabel("Price in € (variant 1)", new() { Exact = true }).FillAsync("12.95");
        await Page.GetByLabel("Compare-at price in € (variant 1)").FillAsync("17.95");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Changes saved.")).ToBeVisibleAsync();

        await ben.GotoAsync("");
        var card = ben.GetByRole(AriaRole.Region, new() { Name = "Picked for you" }).GetByRole(AriaRole.Article)
            .Filter(new() { HasText = "Insulated bottle" });
        await Expect(card.GetByText(new Regex(@"Now 28 % below its lowest price"))).ToBeVisibleAsync();
        await shopper.DisposeAsync();

        await Page.GotoAsync("admin/audit");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Insulated bottle" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_price_that_is_not_a_number_is_refused_next_to_the_field()
    {
        await SignInAsync(Page, Merchant);
        await Page.GotoAsync($"culture/en?returnUrl=%2Fadmin%2Fproducts%2F{BottleId + 1}");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();

        await Page.GetByLabel("Price in € (variant 1)", new() { Exact = true }).FillAsync("cheap");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert).GetByText("Please correct the marked fields. Nothing was saved.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Enter an amount in euros, e.g. 19.95.")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en", "admin/products")]
    [InlineData("de", "admin/products")]
    [InlineData("en", "admin/products/110")]
    [InlineData("en", "admin/audit")]
    [InlineData("de", "admin/orders")]
    [InlineData("en", "admin/vouchers")]
    [InlineData("de", "admin/vouchers")]
    [InlineData("en", "admin/shipping")]
    [InlineData("de", "admin/shipping")]
    [InlineData("en", "admin/categories")]
    [InlineData("de", "admin/brands")]
    [InlineData("en", "admin/size-charts")]
    [InlineData("en", "admin/kpis?from=2026-01-01&to=2026-12-31")]
    [InlineData("de", "admin/kpis")]
    [InlineData("de", "admin/editorial")]
    public async Task Admin_pages_have_no_serious_accessibility_violations(string culture, string path)
    {
        await SignInAsync(Page, Merchant);
        await Page.GotoAsync($"culture/{culture}?returnUrl=%2F{Uri.EscapeDataString(path)}");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        var result = await Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    private IFormData PriceForm() => Context.APIRequest.CreateFormData()
        .Set("_handler", "product-editor")
        .Set("Form.Variants[0].Price", "0.01");

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }
}
