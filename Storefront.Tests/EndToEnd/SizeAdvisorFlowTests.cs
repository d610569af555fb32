using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class SizeAdvisorFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task A_gravel_rider_enters_inseam_and_height_gets_a_frame_size_and_adds_that_frame_to_the_cart()
    {
        var productId = await StockedProductInAsync("gravel-bikes");

        await Page.GotoAsync($"product/{productId}");
        await Expect(Page.Locator(".size-advisor[data-interactive=true]")).ToBeVisibleAsync();
        var open = Page.GetByRole(AriaRole.Button, new() { Name = "Which size fits me?" });
        await open.ClickAsync();
        await Expect(open).ToHaveAttributeAsync("aria-expanded", "true");
        var advisor = Page.GetByRole(AriaRole.Region, new() { Name = "Size advisor" });
        await Expect(advisor.GetByLabel("How will you ride?")).ToHaveValueAsync("Gravel");

        await advisor.GetByLabel("Inseam (cm)", new() { Exact = true }).FillAsync("199");
        await advisor.GetByLabel("Height (cm)", new() { Exact = true }).FillAsync("178");
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Show my size" }).ClickAsync();
        await Expect(advisor.GetByText("An inseam between 50 and 110 cm, please.")).ToBeVisibleAsync();

        await advisor.GetByLabel("Inseam (cm)", new() { Exact = true }).FillAsync("84");
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Show my size" }).ClickAsync();
        var size = advisor.Locator(".advice__size strong");
        await Expect(size).ToHaveTextAsync(new Regex(@"^\d\d cm$"));
        await Expect(advisor.GetByText(new Regex("^Inseam-factor method: 84 cm × 0.665 \\(gravel\\)"))).ToBeVisibleAsync();
        await Expect(advisor.GetByText(new Regex("confidence$"))).ToBeVisibleAsync();
        var frame = await size.TextContentAsync();
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

        await advisor.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Add {Regex.Escape(frame!)} · .+ to cart$") }).First.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        await Page.GotoAsync("cart");
        await Expect(Page.GetByRole(AriaRole.Main).GetByText(new Regex($"{Regex.Escape(frame!)} ·"))).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_saved_fit_profile_shows_your_size_on_a_category_page_and_moves_to_the_account_at_sign_in()
    {
        var productId = await StockedProductInAsync("t-shirts");

        await Page.GotoAsync($"product/{productId}");
        await Expect(Page.Locator(".size-advisor[data-interactive=true]")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Which size fits me?" }).ClickAsync();
        var advisor = Page.GetByRole(AriaRole.Region, new() { Name = "Size advisor" });
        await advisor.GetByLabel("Height (cm)", new() { Exact = true }).FillAsync("178");
        await advisor.GetByLabel("Weight (kg)", new() { Exact = true }).FillAsync("75");
        await advisor.GetByLabel("Loose").CheckAsync();
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Show my size" }).ClickAsync();
        await Expect(advisor.GetByText(new Regex("^Estimated from your height and weight: chest"))).ToBeVisibleAsync();
        var size = await advisor.Locator(".advice__size strong").TextContentAsync();

        await advisor.GetByRole(AriaRole.Button, new() { Name = "Save as my fit profile" }).ClickAsync();

        await Expect(Page.GetByText("Your fit profile is saved: your size now shows on product pages.")).ToBeVisibleAsync();
        await Expect(Page.GetByText($"Your size: {size}", new() { Exact = true })).ToBeVisibleAsync();
        await Page.GotoAsync("c/t-shirts");
        var tiles = Page.GetByRole(AriaRole.Article);
        await Expect(tiles.First).ToBeVisibleAsync();
        await Expect(tiles.Filter(new() { HasText = "Your size:" }).First).ToBeVisibleAsync();

        await SignInAsync("ben@storefront.test", DemoPassword);
        await Page.GotoAsync("Account/Manage/FitProfile");
        await Expect(Page.GetByLabel("Height (cm)", new() { Exact = true })).ToHaveValueAsync("178");
        await Expect(Page.GetByLabel("Loose")).ToBeCheckedAsync();
        await Page.GetByLabel("Foot length (cm)", new() { Exact = true }).FillAsync("24,5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save fit profile" }).ClickAsync();
        await Expect(Page.GetByText("Your fit profile is saved.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Foot length (cm)", new() { Exact = true })).ToHaveValueAsync("24.5");
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete fit profile" }).ClickAsync();
        await Expect(Page.GetByText("Your fit profile is deleted.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Height (cm)", new() { Exact = true })).ToHaveValueAsync("");
    }

    /// <summary>A product of the category with every variant in stock, so whichever size is advised can be bought.</summary>
    private async Task<int> StockedProductInAsync(string categorySlug)
    {
        using var scope = Server.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var ct = TestContext.Current.CancellationToken;
        var id = await db.Products.Where(p => p.Category!.Slug == categorySlug && !p.IsArchived && p.MembersEarlyUntilUtc == null)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct);
        await db.Variants.Where(v => v.ProductId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 5), ct);
        return id;
    }
}
