using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>The stream's set, editorial and carried-over cards, as a shopper and a merchant use them.</summary>
public sealed class StreamCardsFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    private ILocator Stream(IPage page, string name = "Picked for you") => page.GetByRole(AriaRole.Region, new() { Name = name });

    private static async Task<int> CartCountAsync(IPage page)
    {
        var cart = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Cart, \d+ items?$") });
        return int.Parse(Regex.Match(await cart.GetAttributeAsync("aria-label") ?? await cart.InnerTextAsync(), @"\d+").Value);
    }

    [Fact]
    public async Task A_visitor_sees_trending_items_and_after_viewing_products_and_signing_in_cards_reflect_those_views()
    {
        await Page.GotoAsync("culture/en?returnUrl=%2F");
        await Expect(Stream(Page, "Bestsellers").GetByText("Popular with shoppers right now.").First).ToBeVisibleAsync();
        // Dismissing gives the visitor their shopper id: from then on their views count (and carry over at sign-in).
        var first = Stream(Page, "Bestsellers").GetByRole(AriaRole.Article).First;
        var dismissed = await first.GetAttributeAsync("data-card");
        await first.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Dismiss: ") }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Card dismissed. It won't come back.")).ToBeVisibleAsync();

        await Page.GotoAsync("c/jackets");
        var product = Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).Filter(new() { HasTextRegex = new Regex("jacket", RegexOptions.IgnoreCase) }).First;
        var href = await product.GetAttributeAsync("href");
        Assert.Matches("product/", href);
        await Page.GotoAsync(href!);
        var name = await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await Page.GotoAsync(href!); // viewed twice
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);

        await SignInAsync("ben@storefront.test", DemoPassword);
        await Page.GotoAsync("");

        await Expect(Stream(Page).GetByText(new Regex($@"(Because you viewed|Because you looked at) {Regex.Escape(name)}")).First).ToBeVisibleAsync();
        await Expect(Stream(Page).Locator($"[data-card='{dismissed}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Clara_assembles_her_outfit_and_adds_the_whole_set_to_the_cart_at_once()
    {
        await SignInAsync("clara@storefront.test", DemoPassword);
        await Page.GotoAsync("culture/en?returnUrl=%2F");
        var card = Stream(Page).GetByRole(AriaRole.Article).Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Complete the look" }) });
        await Expect(card.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        var pieces = await card.GetByRole(AriaRole.Checkbox).CountAsync();
        Assert.True(pieces >= 2, $"{pieces} pieces");
        await Expect(card.GetByText(new Regex($@"^{pieces} pieces: "))).ToBeVisibleAsync();
        var before = await CartCountAsync(Page);

        await card.GetByRole(AriaRole.Checkbox).First.UncheckAsync();
        await Expect(card.GetByText(new Regex($@"^{pieces - 1} pieces: "))).ToBeVisibleAsync();
        var swap = card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Show another") });
        if (await swap.CountAsync() > 0)
        {
            var names = await card.Locator(".set-piece__name").AllInnerTextsAsync();
            await swap.Last.ClickAsync();
            await Expect(card.Locator(".set-piece__name")).Not.ToHaveTextAsync(names.ToArray());
        }
        await card.GetByRole(AriaRole.Button, new() { Name = $"Add the set to the cart ({pieces - 1})" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).GetByText("The set is in your cart.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Cart, {before + pieces - 1} items" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_tampered_set_post_gets_a_clear_message_and_changes_nothing()
    {
        await SignInAsync("clara@storefront.test", DemoPassword);
        await Page.GotoAsync("culture/en?returnUrl=%2F");
        var form = Stream(Page).Locator("form[action='stream/set']");
        await Expect(form).ToBeVisibleAsync();
        var before = await CartCountAsync(Page);
        var anchor = await form.Locator("input[name=anchor]").InputValueAsync();
        var token = await form.Locator("input[name=__RequestVerificationToken]").InputValueAsync();
        var slot = await form.Locator("input[name=slot]").First.InputValueAsync();
        int coffee;
        using (var scope = Server.Factory.Services.CreateScope())
        {
            coffee = await scope.ServiceProvider.GetRequiredService<StorefrontDb>().Variants
                .Where(v => v.Product!.Category!.Slug == "coffee" && v.Stock > 0).Select(v => v.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var response = await Context.APIRequest.PostAsync("stream/set", new()
        {
            Form = Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token).Set("anchor", anchor)
                .Set("slot", slot).Set($"variant-{slot}", coffee.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        });
        await Page.GotoAsync(response.Url);

        await Expect(Page.GetByRole(AriaRole.Status).GetByText("These pieces are not part of your set. Please choose again.")).ToBeVisibleAsync();
        Assert.Equal(before, await CartCountAsync(Page));
    }

    [Fact]
    public async Task A_merchant_publishes_an_editorial_card_that_shoppers_see_until_it_is_switched_off()
    {
        await SignInAsync("merchant@storefront.test", DemoPassword);
        await Page.GotoAsync("culture/en?returnUrl=%2Fadmin%2Feditorial");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New card" }).ClickAsync();
        await Page.GetByLabel("Title (English)").FillAsync("Autumn layering guide");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();
        await Expect(Page.GetByText("Required.")).ToBeVisibleAsync(); // the German title is missing
        await Page.GetByLabel("Title (German)").FillAsync("Zwiebellook für den Herbst");
        await Page.GetByLabel("Text (English)").FillAsync("Three layers, one jacket.");
        await Page.GetByLabel("Link (optional)").FillAsync("/c/jackets");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("Card saved.")).ToBeVisibleAsync();

        var shopper = await Context.Browser!.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var visitor = await shopper.NewPageAsync();
        await visitor.GotoAsync("culture/en?returnUrl=%2F");
        var card = Stream(visitor, "Bestsellers").GetByRole(AriaRole.Article).Filter(new() { HasText = "Autumn layering guide" });
        await Expect(card.GetByText("From our editors.")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Link, new() { Name = "Read more: Autumn layering guide" }).ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex("/c/jackets$"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Switch off: Autumn layering guide" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Switch on: Autumn layering guide" })).ToBeVisibleAsync();
        await visitor.GotoAsync("");
        await Expect(Stream(visitor, "Bestsellers").GetByRole(AriaRole.Article).First).ToBeVisibleAsync();
        await Expect(Stream(visitor, "Bestsellers").GetByText("Autumn layering guide")).ToHaveCountAsync(0);
        await shopper.DisposeAsync();
    }
}
