using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Features.Accounts;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>
/// Passkeys through Chromium's virtual authenticator (DevTools protocol). WebAuthn refuses an IP address as the
/// relying party, so these tests reach the shop as http://localhost:port (a secure context like 127.0.0.1).
/// </summary>
public sealed class PasskeyFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task A_shopper_adds_a_passkey_signs_in_with_it_renames_it_and_removes_it()
    {
        var email = await CreateAccountAsync();
        var page = await LocalhostPageWithAuthenticatorAsync();
        await SignInWithPasswordAsync(page, email);

        await page.GotoAsync("Account/Manage/Passkeys");
        await Expect(page.GetByText("You haven't added any passkeys yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Name your passkey" })).ToBeVisibleAsync();
        await page.GetByLabel("Passkey name").FillAsync("My laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "My laptop", Exact = true })).ToBeVisibleAsync();
        Assert.Single(await PasskeysAsync(email));

        // Signing in with the passkey needs neither the email nor the password (a discoverable credential).
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();

        await page.GotoAsync("Account/Manage/Passkeys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename passkey My laptop" }).ClickAsync();
        await Expect(page.GetByText("Enter a new name for your passkey “My laptop”.")).ToBeVisibleAsync();
        await page.GetByLabel("Passkey name").FillAsync("Work laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Work laptop", Exact = true })).ToBeVisibleAsync();
        await ExpectAccessibleAsync("passkeys");
        Assert.Equal("Work laptop", Assert.Single(await PasskeysAsync(email)).Name);

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove passkey Work laptop" }).ClickAsync();
        await Expect(page.GetByText("The passkey has been deleted.")).ToBeVisibleAsync();
        await Expect(page.GetByText("You haven't added any passkeys yet.")).ToBeVisibleAsync();
        Assert.Empty(await PasskeysAsync(email));

        // The authenticator still holds the credential, but the shop no longer accepts it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).GetByText("Sign-in failed.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);
    }

    protected override Uri BaseAddress => new UriBuilder(Server.BaseAddress) { Host = "localhost" }.Uri;

    private async Task<IPage> LocalhostPageWithAuthenticatorAsync()
    {
        // Chromium's virtual authenticator answers the sign-in page's autofill (conditional) request by itself; act
        // as a browser without passkey autofill so the test goes through the "Sign in with a passkey" button.
        await Context.AddInitScriptAsync("if (window.PublicKeyCredential) { PublicKeyCredential.isConditionalMediationAvailable = async () => false; }");
        var cdp = await Context.NewCDPSessionAsync(Page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        return Page;
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }

    private async Task<string> CreateAccountAsync()
    {
        var email = $"passkey-{Guid.NewGuid():N}@example.com";
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow }, Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return email;
    }

    private async Task<IList<UserPasskeyInfo>> PasskeysAsync(string email)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetPasskeysAsync((await users.FindByEmailAsync(email))!);
    }
}
