using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Features.Mail;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed partial class AccountFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task Register_confirm_sign_in_and_sign_out()
    {
        var email = $"new-{Guid.NewGuid():N}@example.com";
        const string password = "a long enough passphrase";

        await Page.GotoAsync("Account/Register");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("Confirm password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check your mailbox" })).ToBeVisibleAsync();

        var mail = Assert.Single(await Server.Factory.Services.GetRequiredService<MailOutbox>().RecentAsync(to: email, ct: TestContext.Current.CancellationToken));
        var link = WebUtility.HtmlDecode(HrefPattern().Match(mail.HtmlBody).Groups[1].Value);
        Assert.StartsWith(Server.BaseAddress.ToString(), link);
        await Page.GotoAsync(link);
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("email address is confirmed", new() { Exact = false })).ToBeVisibleAsync();

        await SignInAsync(email, password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Registration_says_what_is_wrong_in_the_current_language()
    {
        await Page.GotoAsync("culture/de?returnUrl=/Account/Register");
        await Page.GetByLabel("E-Mail").FillAsync("keine-adresse");
        await Page.GetByLabel("Passwort", new() { Exact = true }).FillAsync("ein langes Passwort");
        await Page.GetByLabel("Passwort bestätigen").FillAsync("ein langes Passwort");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto erstellen" }).ClickAsync();
        await Expect(Page.GetByText("Bitte gib eine gültige E-Mail-Adresse ein").First).ToBeVisibleAsync();

        await Page.GetByLabel("E-Mail").FillAsync("anna@storefront.test");
        await Page.GetByLabel("Passwort", new() { Exact = true }).FillAsync("kurz");
        await Page.GetByLabel("Passwort bestätigen").FillAsync("kurz");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto erstellen" }).ClickAsync();
        await Expect(Page.GetByText("mindestens 8 Zeichen", new() { Exact = false }).First).ToBeVisibleAsync();

        await Page.GetByLabel("Passwort", new() { Exact = true }).FillAsync("ein langes Passwort");
        await Page.GetByLabel("Passwort bestätigen").FillAsync("ein langes Passwort");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto erstellen" }).ClickAsync();
        await Expect(Page.GetByText("Es gibt bereits ein Konto mit der E-Mail-Adresse anna@storefront.test.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_shopper_is_refused_admin_and_the_merchant_reaches_it()
    {
        await SignInAsync("ben@storefront.test", DemoPassword);
        await Page.GotoAsync("admin");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Merchant overview" })).Not.ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("Account/AccessDenied"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync("merchant@storefront.test", DemoPassword);
        await Page.GotoAsync("admin");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Merchant overview" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("products on sale")).ToBeVisibleAsync();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
