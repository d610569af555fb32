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
}
