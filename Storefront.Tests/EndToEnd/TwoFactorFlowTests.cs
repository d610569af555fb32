using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Features.Accounts;
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

    [Fact]
    public async Task A_shopper_scans_the_qr_code_signs_in_once_with_a_recovery_code_and_a_remembered_device_skips_the_code()
    {
        var email = $"twofactor-{Guid.NewGuid():N}@example.com";
        const string password = "a long enough passphrase";
        await CreateAccountAsync(email, password);
        await SignInAsync(email, password);

        await Page.GotoAsync("Account/Manage/EnableAuthenticator");
        var qr = Page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^QR code for adding .+ to your authenticator app") });
        await Expect(qr).ToBeVisibleAsync();
        // Blocked by the CSP, the image would have no pixels.
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        Assert.StartsWith("data:image/png;base64,", await qr.GetAttributeAsync("src"));
        await ExpectAccessibleAsync("enable-authenticator");
        var key = await Page.Locator("kbd").InnerTextAsync();
        await Page.GetByLabel("Verification code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        var codes = await Page.Locator("code.recovery-code").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);

        // A recovery code signs in once.
        await SignOutAndEnterPasswordAsync(email, password);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with a recovery code" }).ClickAsync();
        await Page.GetByLabel("Recovery code").FillAsync(codes[0]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();

        await SignOutAndEnterPasswordAsync(email, password);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with a recovery code" }).ClickAsync();
        await Page.GetByLabel("Recovery code").FillAsync(codes[0]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("That recovery code is not correct.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);

        // With "Remember this device" the next password sign-in on this browser needs no code …
        await Page.GotoAsync("Account/Login");
        await EnterPasswordAsync(email, password);
        await Page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByLabel("Remember this device").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync(email, password);

        // … but another browser still does.
        var other = await Context.Browser!.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await other.NewPageAsync();
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("LoginWith2fa"));
        await other.DisposeAsync();
    }

    private async Task SignOutAndEnterPasswordAsync(string email, string password)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.GotoAsync("Account/Login");
        await EnterPasswordAsync(email, password);
    }

    private async Task EnterPasswordAsync(string email, string password)
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("LoginWith2fa"));
    }

    private async Task CreateAccountAsync(string email, string password)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow }, password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }
}
