using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Features.Accounts;
using Storefront.Features.Accounts.ExternalSignIn;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Accounts;

public sealed class ExternalAccountServiceTests(SeededApp app) : IClassFixture<SeededApp>, IAsyncDisposable
{
    private const string Password = "a local passphrase";

    private readonly AsyncServiceScope scope = app.Factory.Services.CreateAsyncScope();

    private ExternalAccountService Accounts => scope.ServiceProvider.GetRequiredService<ExternalAccountService>();
    private UserManager<ApplicationUser> Users => scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

    private static ExternalIdentity Identity(string? email, bool verified = true, string? name = "Pat Provider") =>
        new("TestIdP", "sub-" + Guid.NewGuid().ToString("N"), "Test provider", email, verified, name);

    private static string NewEmail() => $"shopper-{Guid.NewGuid():N}@example.com";

    private async Task<ApplicationUser> LocalAccountAsync(string email)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await Users.CreateAsync(user, Password)).Succeeded);
        return user;
    }

    [Fact]
    public async Task A_matching_verified_email_never_links_by_itself()
    {
        var email = NewEmail();
        var local = await LocalAccountAsync(email);
        var identity = Identity(email);

        var decision = await Accounts.DecideAsync(identity);
        var create = await Accounts.CreateAccountAsync(identity, "Pat", acceptsTerms: true);

        Assert.Equal(ExternalSignInNext.ProveOwnership, decision.Next);
        Assert.True(decision.HasPassword);
        Assert.False(create.Succeeded);
        Assert.Empty(await Users.GetLoginsAsync(local));
        Assert.Null(await Users.FindByLoginAsync(identity.Provider, identity.ProviderKey));
    }

    [Fact]
    public async Task Links_only_after_the_accounts_password_and_wrong_ones_count_towards_lockout()
    {
        var email = NewEmail();
        var local = await LocalAccountAsync(email);
        var identity = Identity(email);

        var wrong = await Accounts.LinkWithPasswordAsync(identity, "not the password");
        Assert.False(wrong.Succeeded);
        Assert.Equal("The password is not correct.", wrong.Error);
        Assert.Equal(1, await Users.GetAccessFailedCountAsync((await Users.FindByIdAsync(local.Id))!));
        Assert.Empty(await Users.GetLoginsAsync(local));

        var right = await Accounts.LinkWithPasswordAsync(identity, Password);
        Assert.True(right.Succeeded);
        Assert.Equal(local.Id, right.User!.Id);
        Assert.Equal(ExternalSignInNext.SignIn, (await Accounts.DecideAsync(identity)).Next);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_link_nothing()
    {
        var email = NewEmail();
        var local = await LocalAccountAsync(email);
        var identity = Identity(email);

        ExternalAccountResult result = null!;
        for (var i = 0; i < 5; i++)
        {
            result = await Accounts.LinkWithPasswordAsync(identity, "guess " + i);
        }
        var afterLockout = await Accounts.LinkWithPasswordAsync(identity, Password);

        Assert.True(result.LockedOut);
        Assert.True(afterLockout.LockedOut);
        Assert.Empty(await Users.GetLoginsAsync(local));
    }

    [Fact]
    public async Task An_unverified_email_is_refused_even_with_the_right_password()
    {
        var email = NewEmail();
        var local = await LocalAccountAsync(email);
        var identity = Identity(email, verified: false);

        var decision = await Accounts.DecideAsync(identity);
        var link = await Accounts.LinkWithPasswordAsync(identity, Password);
        var create = await Accounts.CreateAccountAsync(Identity(NewEmail(), verified: false), "Pat", acceptsTerms: true);

        Assert.Equal(new ExternalSignInDecision(ExternalSignInNext.Refuse, ExternalSignInFailure.Unverified), decision);
        Assert.False(link.Succeeded);
        Assert.False(create.Succeeded);
        Assert.Empty(await Users.GetLoginsAsync(local));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-an-address")]
    public async Task An_answer_without_a_usable_email_is_refused(string? email)
    {
        var decision = await Accounts.DecideAsync(Identity(email));

        Assert.Equal(new ExternalSignInDecision(ExternalSignInNext.Refuse, ExternalSignInFailure.NoEmail), decision);
    }

    [Fact]
    public async Task Creates_the_account_from_the_claims_only_with_consent_and_a_name()
    {
        var email = NewEmail();
        var nameless = Identity(email, name: null);

        var noConsent = await Accounts.CreateAccountAsync(nameless, "Pat", acceptsTerms: false);
        var noName = await Accounts.CreateAccountAsync(nameless, "  ", acceptsTerms: true);
        Assert.Equal("Please accept the terms to create your account.", noConsent.Error);
        Assert.Equal("Please enter your name.", noName.Error);
        Assert.Null(await Users.FindByEmailAsync(email));

        var created = await Accounts.CreateAccountAsync(nameless, " Pat Provider ", acceptsTerms: true);

        Assert.True(created.Succeeded);
        var user = (await Users.FindByEmailAsync(email))!;
        Assert.True(user.EmailConfirmed);
        Assert.Equal("Pat Provider", user.DisplayName);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, user.TermsAcceptedAtUtc);
        Assert.False(await Users.HasPasswordAsync(user));
        Assert.Equal(nameless.ProviderKey, Assert.Single(await Users.GetLoginsAsync(user)).ProviderKey);
    }

    [Fact]
    public async Task The_last_way_to_sign_in_cannot_be_removed()
    {
        var identity = Identity(NewEmail());
        var user = (await Accounts.CreateAccountAsync(identity, null, acceptsTerms: true)).User!;

        var refused = await Accounts.RemoveLoginAsync(user, identity.Provider, identity.ProviderKey);
        Assert.Contains("last way to sign in", refused);
        Assert.Single(await Users.GetLoginsAsync(user));

        Assert.True((await Users.AddPasswordAsync(user, Password)).Succeeded);
        Assert.Null(await Accounts.RemoveLoginAsync(user, identity.Provider, identity.ProviderKey));
        Assert.Empty(await Users.GetLoginsAsync(user));
    }

    [Fact]
    public async Task A_second_provider_counts_as_another_way_to_sign_in()
    {
        var first = Identity(NewEmail());
        var user = (await Accounts.CreateAccountAsync(first, null, acceptsTerms: true)).User!;
        var second = first with { Provider = "Google", ProviderKey = "google-" + Guid.NewGuid().ToString("N"), ProviderDisplayName = "Google" };

        Assert.Null(await Accounts.LinkToSignedInAccountAsync(user, second));
        Assert.Equal(2, await Accounts.SignInMethodCountAsync(user));
        Assert.Null(await Accounts.RemoveLoginAsync(user, first.Provider, first.ProviderKey));
        Assert.NotNull(await Accounts.RemoveLoginAsync(user, second.Provider, second.ProviderKey));
    }

    [Fact]
    public async Task A_provider_account_linked_to_someone_else_is_not_moved()
    {
        var identity = Identity(NewEmail());
        var owner = (await Accounts.CreateAccountAsync(identity, null, acceptsTerms: true)).User!;
        var other = await LocalAccountAsync(NewEmail());

        var error = await Accounts.LinkToSignedInAccountAsync(other, identity);

        Assert.Equal("This sign-in is already linked to another account.", error);
        Assert.Equal(owner.Id, (await Users.FindByLoginAsync(identity.Provider, identity.ProviderKey))!.Id);
        Assert.Empty(await Users.GetLoginsAsync(other));
    }

    [Fact]
    public async Task A_login_the_account_does_not_have_is_not_removed()
    {
        var user = await LocalAccountAsync(NewEmail());

        Assert.NotNull(await Accounts.RemoveLoginAsync(user, "TestIdP", "someone-elses-key"));
    }

    public async ValueTask DisposeAsync() => await scope.DisposeAsync();
}
