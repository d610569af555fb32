using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class StreamFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task Anna_re_buys_her_cat_litter_in_one_click_and_a_dismissed_card_stays_gone()
    {
        await SignInAsync("anna@storefront.test", DemoPassword);
        await Page.GotoAsync("culture/en?returnUrl=%2F");

        var stream = Page.GetByRole(AriaRole.Region, new() { Name = "Picked for you" });
        var first = stream.GetByRole(AriaRole.Article).First;
        await Expect(first.GetByRole(AriaRole.Heading)).ToContainTextAsync("litter");
        await Expect(first.GetByText(new Regex(@"You usually reorder every \d+ days; last order \d+ days ago\.$"))).ToBeVisibleAsync();
        var cart = Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Cart, \d+ items$") });
        var before = int.Parse(Regex.Match((await cart.GetAttributeAsync("aria-label")) ?? await cart.InnerTextAsync(), @"\d+").Value);

        await first.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Add again: .*litter.*, 1 × size") }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Added to your cart.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Cart, {before + 1} items" })).ToBeVisibleAsync();

        var second = stream.GetByRole(AriaRole.Article).Nth(1);
        var name = await second.GetByRole(AriaRole.Heading).InnerTextAsync();
        var key = await second.GetAttributeAsync("data-card");
        await second.GetByRole(AriaRole.Button, new() { Name = $"Dismiss: {name}" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Card dismissed. It won't come back.")).ToBeVisibleAsync();
        await Expect(stream.Locator($"[data-card='{key}']")).ToHaveCountAsync(0);
        await Page.ReloadAsync();
        await Expect(stream.GetByRole(AriaRole.Article).First).ToBeVisibleAsync();
        await Expect(stream.Locator($"[data-card='{key}']")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task Annas_stream_has_no_serious_accessibility_violations(string culture)
    {
        await SignInAsync("anna@storefront.test", DemoPassword);
        await Page.GotoAsync($"culture/{culture}?returnUrl=%2F");
        await Expect(Page.Locator("[data-card^='rebuy-']").First).ToBeVisibleAsync();

        var result = await Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task Anonymous_visitors_see_the_cold_start_stream_with_its_why()
    {
        await Page.GotoAsync("");

        var stream = Page.GetByRole(AriaRole.Region, new() { Name = "Bestsellers" });
        await Expect(stream.GetByRole(AriaRole.Article).Nth(11)).ToBeVisibleAsync();
        await Expect(stream.GetByRole(AriaRole.Article).First.GetByText("Popular with shoppers right now.")).ToBeVisibleAsync();

        await Page.GotoAsync("culture/de?returnUrl=%2F");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Bestseller", Exact = true }).GetByText("Gerade beliebt bei anderen.").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Opening_a_card_leads_to_its_product()
    {
        await Page.GotoAsync("");
        var first = Page.GetByRole(AriaRole.Region, new() { Name = "Bestsellers" }).GetByRole(AriaRole.Article).First;
        var name = await first.GetByRole(AriaRole.Heading).InnerTextAsync();

        await first.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }
}
