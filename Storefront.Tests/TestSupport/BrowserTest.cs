using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Storefront.Tests.TestSupport;

/// <summary>Base for end-to-end tests: a fresh browser context per test, a screenshot under TestResults when it fails.</summary>
public abstract class BrowserTest(BrowserFixture browser, ShopServerFixture server) : IAsyncLifetime
{
    protected ShopServerFixture Server { get; } = server;
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    /// <summary>Where the browser reaches the shop (the server's loopback address unless a test needs a host name).</summary>
    protected virtual Uri BaseAddress => Server.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        Context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
        });
        Context.SetDefaultTimeout(15_000);
        Page = await Context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        var state = TestContext.Current.TestState;
        if (state?.Result == TestResult.Failed && Page is not null)
        {
            var name = string.Join("_", (TestContext.Current.Test?.TestDisplayName ?? "test").Split(Path.GetInvalidFileNameChars()));
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = TestPaths.Screenshot(name), FullPage = true });
        }
        await Context.DisposeAsync();
    }

    protected async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("Account/Login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }

    /// <summary>Runs axe on the page as it is; serious and critical violations fail the test. A screenshot of it at phone
    /// width (360 px) and desktop width lands under TestResults as well, for a person to look at.</summary>
    protected async Task ExpectAccessibleAsync(string name, IPage? page = null)
    {
        page ??= Page;
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestPaths.Screenshot($"page-{name}-desktop"), FullPage = true });
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestPaths.Screenshot($"page-{name}-phone"), FullPage = true });
        if (size is not null)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }
}
