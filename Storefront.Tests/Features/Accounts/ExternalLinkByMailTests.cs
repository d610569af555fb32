using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Accounts.ExternalSignIn;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Accounts;

public sealed partial class ExternalLinkByMailTests(SeededApp app) : IClassFixture<SeededApp>, IAsyncDisposable
{
    private static readonly Uri ConfirmPage = new("https://shop.test/Account/ConfirmExternalLink");

    private readonly AsyncServiceScope scope = app.Factory.Services.CreateAsyncScope();

    private ExternalLinkByMail LinkByMail => scope.ServiceProvider.GetRequiredService<ExternalLinkByMail>();
    private UserManager<ApplicationUser> Users => scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

    private static ExternalIdentity Identity(string email, bool verified = true) =>
        new("TestIdP", "sub-" + Guid.NewGuid().ToString("N"), "Test provider", email, verified, "Pat Provider");

    private async Task<ApplicationUser> LocalAccountAsync(bool confirmed = true)
    {
        var email = $"mail-link-{Guid.NewGuid():N}@example.com";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = confirmed, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await Users.CreateAsync(user, "a local passphrase")).Succeeded);
        return user;
    }

    /// <summary>Asks for the mail and reads the token from the link in it, as the shopper's mailbox would show it.</summary>
    private async Task<(string Token, string BrowserKey)> MailedLinkAsync(ExternalIdentity identity)
    {
        var sent = await LinkByMail.SendAsync(identity, ConfirmPage);
        Assert.True(sent.Succeeded, sent.Error);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var body = await db.Outbox.AsNoTracking().Where(m => m.To == identity.Email && m.Kind == "link-external-login")
            .OrderByDescending(m => m.Id).Select(m => m.HtmlBody).FirstAsync(TestContext.Current.CancellationToken);
        var link = new Uri(WebUtility.HtmlDecode(Href().Match(body).Groups[1].Value));
        Assert.Equal(ConfirmPage.AbsolutePath, link.AbsolutePath);
        return (Uri.UnescapeDataString(link.Query["?token=".Length..]), sent.BrowserKey!);
    }

    [Fact]
    public async Task The_mailed_link_links_the_provider_to_the_account_and_nothing_is_linked_before()
    {
        var local = await LocalAccountAsync();
        var identity = Identity(local.Email!);

        var (token, key) = await MailedLinkAsync(identity);
        Assert.Empty(await Users.GetLoginsAsync(local));
        var check = await LinkByMail.CheckAsync(token, key, signedInUserId: null);
        Assert.Equal(new PendingExternalLink(local.Id, local.Email!, "Test provider"), check.Link);
        Assert.Empty(await Users.GetLoginsAsync(local));

        var result = await LinkByMail.ConfirmAsync(token, key, signedInUserId: null);

        Assert.Equal(local.Id, result.User?.Id);
        Assert.Equal(local.Id, (await Users.FindByLoginAsync(identity.Provider, identity.ProviderKey))?.Id);
    }

    [Fact]
    public async Task A_link_works_once_even_after_the_login_is_removed_again()
    {
        var local = await LocalAccountAsync();
        var identity = Identity(local.Email!);
        var (token, key) = await MailedLinkAsync(identity);
        Assert.True((await LinkByMail.ConfirmAsync(token, key, null)).Succeeded);

        var again = await LinkByMail.ConfirmAsync(token, key, null);
        Assert.Equal("This link has already been used.", again.Error);

        await Users.RemoveLoginAsync((await Users.FindByIdAsync(local.Id))!, identity.Provider, identity.ProviderKey);
        var replayed = await LinkByMail.ConfirmAsync(token, key, null);
        Assert.Equal("This link has already been used.", replayed.Error);
        Assert.Empty(await Users.GetLoginsAsync(local));
    }

    [Fact]
    public async Task An_expired_link_links_nothing()
    {
        var local = await LocalAccountAsync();
        var (token, key) = await MailedLinkAsync(Identity(local.Email!));

        app.Time.Advance(TimeSpan.FromMinutes(31));
        var result = await LinkByMail.ConfirmAsync(token, key, null);

        Assert.False(result.Succeeded);
        Assert.Equal("This link has expired. Please start signing in again to get a new one.", result.Error);
        Assert.Empty(await Users.GetLoginsAsync(local));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("empty")]
    [InlineData("garbage")]
    public async Task A_tampered_link_links_nothing(string tampering)
    {
        var local = await LocalAccountAsync();
        var (token, key) = await MailedLinkAsync(Identity(local.Email!));
        var middle = token.Length / 2;
        var tampered = tampering switch
        {
            "flip" => token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..],
            "truncate" => token[..^4],
            "empty" => "",
            _ => "not-a-token-at-all",
        };

        var result = await LinkByMail.ConfirmAsync(tampered, key, null);

        Assert.Equal("This link isn't valid. Please start signing in again.", result.Error);
        Assert.Empty(await Users.GetLoginsAsync(local));
    }

    [Fact]
    public async Task A_link_does_not_work_for_another_signed_in_account_or_in_another_browser()
    {
        var local = await LocalAccountAsync();
        var other = await LocalAccountAsync();
        var (token, key) = await MailedLinkAsync(Identity(local.Email!));

        var signedInAsOther = await LinkByMail.ConfirmAsync(token, key, signedInUserId: other.Id);
        var otherBrowser = await LinkByMail.ConfirmAsync(token, new string('A', 64), null);
        var noBrowserKey = await LinkByMail.ConfirmAsync(token, null, null);

        Assert.Equal("You're signed in to another account. Sign out first, then open the link again.", signedInAsOther.Error);
        Assert.Equal("Please open this link in the browser where you started signing in with Test provider.", otherBrowser.Error);
        Assert.False(noBrowserKey.Succeeded);
        Assert.Empty(await Users.GetLoginsAsync(local));
        Assert.Empty(await Users.GetLoginsAsync(other));
        // Still unused: the shopper can open it in the right browser.
        Assert.True((await LinkByMail.ConfirmAsync(token, key, signedInUserId: local.Id)).Succeeded);
    }

    [Fact]
    public async Task A_link_for_a_login_that_meanwhile_belongs_to_another_account_links_nothing()
    {
        var local = await LocalAccountAsync();
        var other = await LocalAccountAsync();
        var identity = Identity(local.Email!);
        var (token, key) = await MailedLinkAsync(identity);
        Assert.True((await Users.AddLoginAsync(other, identity.Login)).Succeeded);

        var result = await LinkByMail.ConfirmAsync(token, key, null);

        Assert.Equal("This sign-in is already linked to another account.", result.Error);
        Assert.Empty(await Users.GetLoginsAsync(local));
    }

    [Fact]
    public async Task No_mail_for_an_unverified_email_an_unknown_address_or_an_unconfirmed_account()
    {
        var local = await LocalAccountAsync();
        var unconfirmed = await LocalAccountAsync(confirmed: false);

        var unverified = await LinkByMail.SendAsync(Identity(local.Email!, verified: false), ConfirmPage);
        var unknown = await LinkByMail.SendAsync(Identity($"nobody-{Guid.NewGuid():N}@example.com"), ConfirmPage);
        var notConfirmed = await LinkByMail.SendAsync(Identity(unconfirmed.Email!), ConfirmPage);

        Assert.Equal("This sign-in can't be linked. Please start again.", unverified.Error);
        Assert.Equal("This sign-in can't be linked. Please start again.", unknown.Error);
        Assert.Equal("Please confirm your account's email address first (see the mail we sent you).", notConfirmed.Error);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.False(await db.Outbox.AnyAsync(m => m.Kind == "link-external-login" && (m.To == local.Email || m.To == unconfirmed.Email), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task At_most_three_links_are_pending_per_account_and_each_one_works()
    {
        var local = await LocalAccountAsync();
        var identity = Identity(local.Email!);
        var first = await MailedLinkAsync(identity);
        var second = await LinkByMail.SendAsync(identity, ConfirmPage, first.BrowserKey);
        var third = await LinkByMail.SendAsync(identity, ConfirmPage, first.BrowserKey);

        var fourth = await LinkByMail.SendAsync(identity, ConfirmPage, first.BrowserKey);

        Assert.Equal(first.BrowserKey, second.BrowserKey);
        Assert.True(third.Succeeded);
        Assert.Equal("We've already sent several links. Please use one of them or try again later.", fourth.Error);
        Assert.True((await LinkByMail.ConfirmAsync(first.Token, first.BrowserKey, null)).Succeeded);
    }

    public async ValueTask DisposeAsync() => await scope.DisposeAsync();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
