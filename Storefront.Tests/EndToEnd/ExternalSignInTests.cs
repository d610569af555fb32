using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Features.Mail;
using Storefront.Tests.TestSupport;
using Storefront.Tests.TestSupport.Oidc;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>The whole redirect flow against a real OpenID Connect provider on another loopback port.</summary>
public sealed class ExternalSignInTests(BrowserFixture browser, SsoServerFixture server)
    : BrowserTest(browser, server), IClassFixture<SsoServerFixture>
{
    private TestIdentityProvider Provider => server.Provider;

    [Fact]
    public async Task Signing_in_with_the_provider_creates_an_account_asking_only_for_what_is_missing()
    {
        var user = Provider.NewUser(name: null);

        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Create your account" })).ToBeVisibleAsync();
        await Expect(Page.GetByText(user.Email!)).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Email")).ToHaveCountAsync(0);
        await Page.GetByLabel("Your name").FillAsync("Nora Newcomer");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();
        await Expect(Page.GetByText("Please accept the terms")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);

        await Page.GetByLabel("Your name").FillAsync("Nora Newcomer");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the terms" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();

        var account = await FindAccountAsync(user.Email!);
        Assert.NotNull(account);
        Assert.True(account.EmailConfirmed);
        Assert.Equal("Nora Newcomer", account.DisplayName);
        Assert.NotNull(account.TermsAcceptedAtUtc);
        var logins = await LoginsAsync(user.Email!);
        Assert.Equal(user.Subject, Assert.Single(logins, l => l.LoginProvider == "TestIdP").ProviderKey);

        // The next time the provider signs the shopper straight in.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Links_to_an_existing_account_only_after_its_password_is_proven()
    {
        var email = $"local-{Guid.NewGuid():N}@example.com";
        await CreateLocalAccountAsync(email, "my own local password");
        var user = Provider.NewUser(email: email);

        await Page.GotoAsync("Account/Register");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Link your account" })).ToBeVisibleAsync();
        await Page.GetByLabel("Password of your account").FillAsync("not the password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Link and sign in" }).ClickAsync();
        await Expect(Page.GetByText("The password is not correct.")).ToBeVisibleAsync();
        Assert.Empty(await LoginsAsync(email));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);

        await Page.GetByLabel("Password of your account").FillAsync("my own local password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Link and sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
        Assert.Single(await LoginsAsync(email));

        // The account page lists the linked sign-in; it can be removed because the password remains.
        await Page.GotoAsync("Account/Manage/ExternalLogins");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Test provider" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Expect(Page.GetByText("The external login has been removed.")).ToBeVisibleAsync();
        Assert.Empty(await LoginsAsync(email));
    }

    [Fact]
    public async Task Links_to_an_existing_account_through_a_confirmation_link_mailed_to_its_address()
    {
        var email = $"mailed-{Guid.NewGuid():N}@example.com";
        await CreateLocalAccountAsync(email, "my own local password");
        var user = Provider.NewUser(email: email);

        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Link your account" })).ToBeVisibleAsync();
        await ExpectAccessibleAsync("link-account");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Email me a confirmation link" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check your mailbox" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status).GetByText($"We've sent a link to {email}.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Empty(await LoginsAsync(email));

        var mail = Assert.Single(await Server.Factory.Services.GetRequiredService<MailOutbox>().RecentAsync(to: email, ct: TestContext.Current.CancellationToken));
        Assert.Equal("Link your Test provider sign-in", mail.Subject);
        var link = WebUtility.HtmlDecode(Regex.Match(mail.HtmlBody, "href=\"([^\"]+)\"").Groups[1].Value);
        Assert.StartsWith(Server.BaseAddress + "Account/ConfirmExternalLink?token=", link);

        // Opened in another browser (say, by whoever reads that mailbox), the link links nothing.
        var stranger = await Context.Browser!.NewContextAsync(new() { Locale = "en-GB" });
        var strangerPage = await stranger.NewPageAsync();
        await strangerPage.GotoAsync(link);
        await Expect(strangerPage.GetByRole(AriaRole.Alert).GetByText("open this link in the browser where you started", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(strangerPage.GetByRole(AriaRole.Button, new() { Name = "Link and sign in" })).ToHaveCountAsync(0);
        await stranger.DisposeAsync();

        // Opening it shows what it links; the button links and signs in.
        await Page.GotoAsync(link);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Link your sign-in" })).ToBeVisibleAsync();
        await ExpectAccessibleAsync("confirm-external-link");
        Assert.Empty(await LoginsAsync(email));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Link and sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
        Assert.Equal(user.Subject, Assert.Single(await LoginsAsync(email)).ProviderKey);

        // The link is spent; from now on the provider signs the shopper straight in.
        await Page.GotoAsync(link);
        await Expect(Page.GetByRole(AriaRole.Alert).GetByText("This link has already been used.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_signed_in_shopper_adds_a_linked_sign_in_and_an_account_without_password_keeps_its_last_one()
    {
        var email = $"adder-{Guid.NewGuid():N}@example.com";
        await CreateLocalAccountAsync(email, "my own local password");
        await SignInAsync(email, "my own local password");
        await Page.GotoAsync("Account/Manage/ExternalLogins");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Test provider" }).ClickAsync();
        await SignInAtProviderAsync(Provider.NewUser());
        await Expect(Page.GetByText("The external login has been added.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Test provider" })).ToBeVisibleAsync();
        Assert.Single(await LoginsAsync(email));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // An account made through the provider has no password and no passkey: its only sign-in stays.
        var newcomer = Provider.NewUser(name: "Lena Last");
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(newcomer);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the terms" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();
        await Page.GotoAsync("Account/Manage/ExternalLogins");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Test provider" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("This is your last way to sign in, so it can't be removed.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Remove" })).ToHaveCountAsync(0);
        await ExpectAccessibleAsync("external-logins");
        Assert.Single(await LoginsAsync(newcomer.Email!));
    }

    [Fact]
    public async Task The_first_checkout_step_offers_the_provider_and_returns_to_checkout()
    {
        var user = Provider.NewUser(name: "Carla Checkout");
        await Page.GotoAsync($"product/{await InStockProductAsync()}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        await Page.GotoAsync("checkout/contact");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the terms" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/address"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("unverified@idp.test", "hasn't verified your email address")]
    [InlineData("no-email", "didn't tell us your email address")]
    public async Task A_provider_answer_without_a_verified_email_signs_nobody_in(string username, string explanation)
    {
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(username);

        await ExpectFailurePageAsync(explanation);
        Assert.Null(await FindAccountAsync("unverified@idp.test"));
    }

    [Fact]
    public async Task Cancelling_at_the_provider_ends_on_a_clear_page()
    {
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cancel and go back" }).ClickAsync();
        await ExpectFailurePageAsync("cancelled at the provider");
    }

    [Fact]
    public async Task A_tampered_or_replayed_answer_signs_nobody_in()
    {
        var user = Provider.NewUser();
        var callback = await CaptureProviderAnswerAsync(user);

        var tampered = Regex.Replace(callback, "state=[^&]+", "state=tampered");
        await Page.GotoAsync(tampered);
        await ExpectFailurePageAsync("couldn't be accepted");

        // The genuine answer is accepted once (the shopper is asked to create the account) …
        await Page.GotoAsync(callback);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Create your account" })).ToBeVisibleAsync();
        // … and refused when replayed: its correlation cookie and nonce are used up.
        await Page.GotoAsync(callback);
        await ExpectFailurePageAsync("couldn't be accepted");
        await Page.GotoAsync("Account/ExternalLogin?Action=LoginCallback");
        await ExpectFailurePageAsync("Please start again");
        Assert.Null(await FindAccountAsync(user.Email!));
    }

    [Fact]
    public async Task An_id_token_whose_nonce_this_browser_did_not_ask_for_signs_nobody_in()
    {
        var user = Provider.NewUser();
        var first = await CaptureProviderAnswerAsync(user);
        // The browser forgets the first sign-in's nonce and starts a second one: it now holds only the second nonce,
        // which the first answer's id token does not carry.
        await Context.ClearCookiesAsync(new() { NameRegex = new Regex("^\\.AspNetCore\\.OpenIdConnect\\.Nonce\\.") });
        await CaptureProviderAnswerAsync(user);

        await Page.GotoAsync(first);

        await ExpectFailurePageAsync("couldn't be accepted");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);
        Assert.Null(await FindAccountAsync(user.Email!));
    }

    [Fact]
    public async Task A_provider_answering_with_an_error_signs_nobody_in()
    {
        var user = Provider.NewUser();
        var callback = await CaptureProviderAnswerAsync(user);
        var error = Regex.Replace(callback, "code=[^&]+", "error=server_error&error_description=" + Uri.EscapeDataString("The provider broke"));

        await Page.GotoAsync(error);

        await ExpectFailurePageAsync("couldn't be accepted");
        await Expect(Page.GetByText("The provider broke")).ToHaveCountAsync(0);
        Assert.Null(await FindAccountAsync(user.Email!));
    }

    /// <summary>
    /// Goes through the provider and returns its answer (the redirect to the shop's callback) without following it.
    /// Playwright does not route redirects: the answer is taken from the sign-in post itself.
    /// </summary>
    private async Task<string> CaptureProviderAnswerAsync(TestIdpUser user)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Page.RouteAsync(url => url.StartsWith(Provider.Authority + "connect/authorize", StringComparison.Ordinal), async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            var answer = await route.FetchAsync(new() { MaxRedirects = 0 });
            seen.TrySetResult(answer.Headers["location"]);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Captured</title><h1>Captured</h1>" });
        });
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Captured" })).ToBeVisibleAsync();
        var callback = await seen.Task;
        await Page.UnrouteAllAsync();
        return callback;
    }

    [Fact]
    public async Task A_provider_that_is_down_ends_on_a_clear_page()
    {
        await Page.GotoAsync("Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Offline provider" }).ClickAsync();
        await ExpectFailurePageAsync("can't be reached");
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_not_followed()
    {
        var user = Provider.NewUser();
        await Page.GotoAsync("Account/Login?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue with Test provider" }).ClickAsync();
        await SignInAtProviderAsync(user);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the terms" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
        Assert.StartsWith(Server.BaseAddress.ToString(), Page.Url);
    }

    private Task SignInAtProviderAsync(TestIdpUser user) => SignInAtProviderAsync(user.Username);

    private async Task SignInAtProviderAsync(string username)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Test provider" })).ToBeVisibleAsync();
        await Page.GetByLabel("Username").FillAsync(username);
        await Page.GetByLabel("Password").FillAsync(TestIdentityProvider.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();
    }

    private async Task ExpectFailurePageAsync(string explanation)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Signing in didn't work" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = explanation })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    private async Task<int> InStockProductAsync()
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Variants.AsNoTracking()
            .Where(v => v.Size == FreeShippingAdvisor.OneSize && v.Stock >= 5 && !v.Product!.IsArchived && v.Product.MembersEarlyUntilUtc == null && v.Product.Variants.Count == 1)
            .OrderBy(v => v.Id).Select(v => v.ProductId).FirstAsync(TestContext.Current.CancellationToken);
    }

    private async Task<ApplicationUser?> FindAccountAsync(string email)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
    }

    private async Task<IList<UserLoginInfo>> LoginsAsync(string email)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetLoginsAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task CreateLocalAccountAsync(string email, string password)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow }, password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }
}
