using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class SearchBoxTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    [Fact]
    public async Task Typing_shows_suggestions_and_arrow_down_then_enter_opens_the_product()
    {
        var box = await OpenSearchBoxAsync("");

        await box.PressSequentiallyAsync("jacke");

        var suggestions = Page.GetByRole(AriaRole.Listbox, new() { Name = "Search suggestions" });
        await Expect(suggestions).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(suggestions.GetByRole(AriaRole.Group, new() { Name = "Products" }).GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Expect(suggestions.GetByRole(AriaRole.Group, new() { Name = "Categories" }).GetByRole(AriaRole.Option, new() { Name = "Jackets" })).ToBeVisibleAsync();

        await box.PressAsync("ArrowDown");
        var first = suggestions.GetByRole(AriaRole.Option).First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        var productName = await first.Locator(".search-suggest__name").TextContentAsync();

        await box.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex("/product/\\d+/"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = productName })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Enter_without_a_highlighted_suggestion_searches_for_the_text()
    {
        var box = await OpenSearchBoxAsync("");

        await box.PressSequentiallyAsync("fahrrad");
        await Expect(Page.GetByRole(AriaRole.Listbox, new() { Name = "Search suggestions" })).ToBeVisibleAsync();
        await box.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex("/search\\?q=fahrrad$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Results for \"fahrrad\"" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the shop" })).ToHaveValueAsync("fahrrad");
    }

    [Fact]
    public async Task Escape_closes_the_suggestions_and_arrow_up_wraps_to_the_last_one()
    {
        var box = await OpenSearchBoxAsync("");
        await box.PressSequentiallyAsync("pfoten");
        var suggestions = Page.GetByRole(AriaRole.Listbox, new() { Name = "Search suggestions" });
        await Expect(suggestions.GetByRole(AriaRole.Group, new() { Name = "Brands" }).GetByRole(AriaRole.Option, new() { Name = "Pfotenglück" })).ToBeVisibleAsync();

        await box.PressAsync("ArrowUp");
        await Expect(suggestions.GetByRole(AriaRole.Option).Last).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("Escape");

        await Expect(suggestions).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(box).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));
    }

    [Fact]
    public async Task Clicking_a_category_suggestion_opens_the_category()
    {
        var box = await OpenSearchBoxAsync("");
        await box.PressSequentiallyAsync("sneak");

        await Page.GetByRole(AriaRole.Option, new() { Name = "Sneakers" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/c/sneakers$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Sneakers" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Suggestions_are_in_german_for_german_shoppers()
    {
        await Page.GotoAsync("culture/de?returnUrl=%2F");
        var box = await OpenSearchBoxAsync(null);

        await box.PressSequentiallyAsync("fahrräder");

        var suggestions = Page.GetByRole(AriaRole.Listbox, new() { Name = "Suchvorschläge" });
        await Expect(suggestions.GetByRole(AriaRole.Group, new() { Name = "Kategorien" }).GetByRole(AriaRole.Option, new() { Name = "Fahrräder" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText(new Regex("Vorschläge"))).ToBeAttachedAsync();
    }

    [Fact]
    public async Task The_search_form_works_without_scripts()
    {
        await Page.RouteAsync("**/*.js", route => route.AbortAsync());
        await Page.GotoAsync("");

        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the shop" });
        await box.FillAsync("sneaker");
        await box.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex("/search\\?q=sneaker$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Results for \"sneaker\"" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Suggestions_and_browse_pages_need_no_blazor_circuit()
    {
        var blazorTraffic = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/_blazor", StringComparison.Ordinal)) blazorTraffic.Add(request.Url);
        };
        Page.WebSocket += (_, socket) => blazorTraffic.Add(socket.Url);

        var box = await OpenSearchBoxAsync("c/fashion");
        await box.PressSequentiallyAsync("jacke");
        await Expect(Page.GetByRole(AriaRole.Listbox, new() { Name = "Search suggestions" }).GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await box.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/search\\?q=jacke$"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(blazorTraffic);
    }

    [Fact]
    public async Task Text_typed_before_the_script_loads_gets_suggestions()
    {
        var release = new TaskCompletionSource();
        await Page.RouteAsync("**/SearchBox.razor*.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await Page.GotoAsync("", new() { WaitUntil = WaitUntilState.Commit });
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the shop" });
        await box.FillAsync("jack");

        release.SetResult();

        await Expect(box).ToHaveValueAsync("jack");
        await Expect(Page.GetByRole(AriaRole.Listbox, new() { Name = "Search suggestions" }).GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
    }

    /// <summary>Goes to <paramref name="path"/> (unless null) and waits for the search box's script, so keystrokes reach it.</summary>
    private async Task<ILocator> OpenSearchBoxAsync(string? path)
    {
        if (path is not null)
        {
            await Page.GotoAsync(path);
        }
        await Expect(Page.Locator("form[role=search][data-enhanced=true]")).ToBeVisibleAsync();
        var box = Page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Combobox);
        await box.ClickAsync();
        return box;
    }
}
