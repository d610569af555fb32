#pragma warning disable xUnit1051
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class ZzScreenshotTour(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    [Fact]
    public async Task Tour()
    {
        using var scope = Server.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var bike = await db.Products.Where(p => p.Category!.Slug == "gravel-bikes").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var shirt = await db.Products.Where(p => p.Category!.Slug == "t-shirts").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var shoe = await db.Products.Where(p => p.Category!.Slug == "running-shoes").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        // one sold-out size so the notify offer shows
        await db.Variants.Where(v => v.ProductId == bike).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0));
        foreach (var (lang, width) in new[] { ("en", 1280), ("en", 360), ("de", 1280), ("de", 360) })
        {
            await Page.SetViewportSizeAsync(width, 900);
            await Page.GotoAsync($"culture/{lang}?returnUrl=/product/{bike}");
            await Expect(Page.Locator(".size-advisor[data-interactive=true]")).ToBeVisibleAsync();
            await Page.Locator(".size-advisor__open").ClickAsync();
            await Page.Locator("#fit-inseam").FillAsync("84");
            await Page.Locator("#fit-height").FillAsync("178");
            await Page.Locator(".size-advisor__form button[type=submit]").ClickAsync();
            await Expect(Page.Locator(".advice")).ToBeVisibleAsync();
            await Page.Locator(".size-advisor__panel").ScreenshotAsync(new() { Path = $"/tmp/sa/bike-{lang}-{width}.png" });
            await Page.ScreenshotAsync(new() { Path = $"/tmp/sa/bikepage-{lang}-{width}.png", FullPage = false });

            await Page.GotoAsync($"product/{shirt}");
            await Expect(Page.Locator(".size-advisor[data-interactive=true]")).ToBeVisibleAsync();
            await Page.Locator(".size-advisor__open").ClickAsync();
            await Page.Locator("#fit-height").FillAsync("200");
            await Page.Locator("#fit-weight").FillAsync("abc");
            await Page.Locator(".size-advisor__form button[type=submit]").ClickAsync();
            await Expect(Page.Locator("#fit-weight-error")).ToBeVisibleAsync();
            await Page.Locator(".size-advisor__panel").ScreenshotAsync(new() { Path = $"/tmp/sa/shirt-errors-{lang}-{width}.png" });
            await Page.Locator("#fit-height").FillAsync("178");
            await Page.Locator("#fit-weight").FillAsync("75");
            await Page.Locator(".size-advisor__form button[type=submit]").ClickAsync();
            await Expect(Page.Locator(".advice")).ToBeVisibleAsync();
            await Page.Locator(".size-advisor__panel").ScreenshotAsync(new() { Path = $"/tmp/sa/shirt-{lang}-{width}.png" });
            if (width == 1280)
            {
                await Page.Locator(".advice__save button").ClickAsync();
                await Expect(Page.Locator(".your-size").First).ToBeVisibleAsync();
                await Page.ScreenshotAsync(new() { Path = $"/tmp/sa/shirt-saved-{lang}.png" });
                await Page.GotoAsync("c/t-shirts");
                await Page.ScreenshotAsync(new() { Path = $"/tmp/sa/category-{lang}.png" });
                await Page.GotoAsync($"product/{shoe}");
                await Expect(Page.Locator(".size-advisor[data-interactive=true]")).ToBeVisibleAsync();
                await Page.Locator(".size-advisor__open").ClickAsync();
                await Page.Locator("#fit-foot").FillAsync("26,5");
                await Page.Locator(".size-advisor__form button[type=submit]").ClickAsync();
                await Expect(Page.Locator(".advice")).ToBeVisibleAsync();
                await Page.Locator(".size-advisor__panel").ScreenshotAsync(new() { Path = $"/tmp/sa/shoe-{lang}.png" });
            }
        }
        await SignInAsync("ben@storefront.test", "Storefront-Demo-2026");
        await Page.SetViewportSizeAsync(1280, 1100);
        await Page.GotoAsync("culture/en?returnUrl=/Account/Manage/FitProfile");
        await Page.ScreenshotAsync(new() { Path = "/tmp/sa/profile-en-1280.png", FullPage = true });
        await Page.SetViewportSizeAsync(360, 900);
        await Page.GotoAsync("culture/de?returnUrl=/Account/Manage/FitProfile");
        await Page.ScreenshotAsync(new() { Path = "/tmp/sa/profile-de-360.png", FullPage = true });
    }
}
