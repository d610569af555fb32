using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Web;

public sealed partial class SecurityHeadersTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    public static TheoryData<string> PageKinds => ["/", "/c/fashion", "/brand/nordwind", "/product/1", "/search?q=bike", "/cart", "/favourites", "/Account/Login", "/no-such-page"];

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Every_page_kind_sends_the_security_headers_and_a_nonce_for_its_only_inline_script(string path)
    {
        using var client = new HttpClient { BaseAddress = Server.BaseAddress };
        using var response = await client.GetAsync(path.TrimStart('/'), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));

        var nonce = Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        var inlineScripts = InlineScript().Matches(html);
        Assert.NotEmpty(nonce);
        Assert.All(inlineScripts, script => Assert.Contains($"nonce=\"{nonce}\"", WebUtility.HtmlDecode(script.Value)));
    }

    [Fact]
    public async Task Pages_run_without_content_security_policy_violations()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };

        foreach (var path in new[] { "", "c/fashion", "product/1", "cart", "Account/Login" })
        {
            await Page.GotoAsync(path);
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the shop" });
        await box.PressSequentiallyAsync("jacke");
        await Expect(Page.GetByRole(AriaRole.Listbox, new() { Name = "Search suggestions" }).GetByRole(AriaRole.Option).First).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site()
    {
        await Page.GotoAsync("product/1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        var cookies = await Page.Context.CookiesAsync();

        Assert.NotEmpty(cookies);
        Assert.All(cookies.Where(c => c.Name != ".AspNetCore.Culture"), c =>
        {
            Assert.True(c.HttpOnly, $"{c.Name} is not HttpOnly");
            Assert.NotEqual(SameSiteAttribute.None, c.SameSite);
        });
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
