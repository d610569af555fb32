using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>The shop with its security stamp checked on every request, so "sign out everywhere" shows at once.</summary>
public sealed class StampCheckedServerFixture : ShopServerFixture
{
    public override ValueTask InitializeAsync()
    {
        Factory.With("Accounts:SecurityStampValidationSeconds", "0");
        return base.InitializeAsync();
    }
}

public sealed class AccountSecurityFlowTests : BrowserTest, IClassFixture<StampCheckedServerFixture>
{
    private readonly BrowserFixture browser;

    public AccountSecurityFlowTests(BrowserFixture browser, StampCheckedServerFixture server) : base(browser, server) => this.browser = browser;

    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task Signing_out_everywhere_ends_the_session_in_another_browser()
    {
        await using var other = await browser.Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var otherPage = await other.NewPageAsync();
        await SignInAsync("ben@storefront.test", DemoPassword);
        await otherPage.GotoAsync("Account/Login");
        await otherPage.GetByLabel("Email").FillAsync("ben@storefront.test");
        await otherPage.GetByLabel("Password").FillAsync(DemoPassword);
        await otherPage.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(otherPage.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();

        await Page.GotoAsync("Account/Manage");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out on all devices" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await otherPage.ReloadAsync();
        await Expect(otherPage.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await otherPage.GotoAsync("Account/Manage");
        await Expect(otherPage).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Account/Login"));
    }

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer()
    {
        var answers = new List<string>();
        foreach (var email in new[] { "nobody-here@example.com", "clara@storefront.test" })
        {
            await Page.GotoAsync("Account/Login");
            await Page.GetByLabel("Email").FillAsync(email);
            await Page.GetByLabel("Password").FillAsync("wrong password guess");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            var alert = Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Alert);
            await Expect(alert).ToBeVisibleAsync();
            answers.Add(await alert.InnerTextAsync());
        }

        Assert.Equal(answers[0], answers[1]);
    }
}
