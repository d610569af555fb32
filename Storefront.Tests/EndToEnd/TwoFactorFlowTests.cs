using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>The shop as configured by default: merchants need two-factor sign-in for /admin.</summary>
public sealed class TwoFactorRequiredServerFixture : ShopServerFixture
{
    public override ValueTask InitializeAsync()
    {
        Factory.With("Accounts:RequireTwoFactorForMerchants", "true");
        return base.InitializeAsync();
    }
}

public sealed class TwoFactorFlowTests(BrowserFixture browser, TwoFactorRequiredServerFixture server)
    : BrowserTest(browser, server), IClassFixture<TwoFactorRequiredServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task A_merchant_turns_on_an_authenticator_and_then_signs_in_with_its_code_to_reach_admin()
    {
        await SignInAsync("merchant@storefront.test", DemoPassword);
        await Page.GotoAsync("admin");
        await Expect(Page.GetByText("The merchant pages need two-factor sign-in.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Merchant overview" })).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^(Add|Set up) authenticator app$") }).ClickAsync();
        var key = await Page.Locator("kbd").InnerTextAsync();
        await Page.GetByLabel("Verification code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(Page.GetByText("recovery codes", new() { Exact = false }).First).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.GotoAsync("Account/Login?returnUrl=%2Fadmin");
        await Page.GetByLabel("Email").FillAsync("merchant@storefront.test");
        await Page.GetByLabel("Password").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("LoginWith2fa"));
        await Page.GetByLabel("Code from your authenticator app").FillAsync("000000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("That code is not correct.")).ToBeVisibleAsync();

        await Page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Merchant overview" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_shopper_is_still_refused_admin_without_the_two_factor_hint()
    {
        await SignInAsync("ben@storefront.test", DemoPassword);
        await Page.GotoAsync("admin");
        await Expect(Page.GetByText("You don't have permission to view this page.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor sign-in" })).ToHaveCountAsync(0);
    }
}
