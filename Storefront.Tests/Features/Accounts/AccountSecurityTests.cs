using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Features.Accounts;
using Storefront.Features.Accounts.Security;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Accounts;

public sealed class AccountSecurityTests(SeededApp app) : IClassFixture<SeededApp>
{
    private async Task<IdentityResult> RegisterAsync(string password)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"policy-{Guid.NewGuid():N}@example.com";
        return await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, CreatedAtUtc = DateTime.UtcNow }, password);
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("Passwort123")]
    [InlineData("QWERTZUIOP")]
    [InlineData("12345678")]
    public async Task The_most_common_passwords_are_refused_whatever_their_case(string password)
    {
        var result = await RegisterAsync(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }

    [Theory]
    [InlineData("justlowercaseletters")]
    [InlineData("correct horse battery staple")]
    [InlineData("8charsok")]
    public async Task Any_long_enough_uncommon_password_passes_without_composition_rules(string password)
    {
        Assert.True((await RegisterAsync(password)).Succeeded);
    }

    [Fact]
    public async Task Passwords_of_64_characters_are_allowed_and_beyond_128_refused()
    {
        Assert.True((await RegisterAsync(new string('x', 40) + new string('y', 24))).Succeeded);
        Assert.True((await RegisterAsync(string.Concat(Enumerable.Repeat("abcd", 32)))).Succeeded);

        var tooLong = await RegisterAsync(string.Concat(Enumerable.Repeat("abcd", 32)) + "e");
        Assert.Contains(tooLong.Errors, e => e.Code == "PasswordTooLong");
    }

    [Fact]
    public async Task Passwords_shorter_than_8_characters_are_refused()
    {
        Assert.False((await RegisterAsync("seven77")).Succeeded);
    }

    [Fact]
    public void The_common_password_list_ships_inside_the_app()
    {
        Assert.True(PasswordPolicy.IsCommon("iloveyou"));
        Assert.False(PasswordPolicy.IsCommon("Storefront-Demo-2026"));
    }

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_answered_429_and_page_views_are_not_limited()
    {
        await using var factory = StorefrontFactory.Seeded().With("Accounts:RateLimit:PermitsPerMinute", "2");
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = new FormUrlEncodedContent([new("Input.Email", "anna@storefront.test"), new("Input.Password", "guess")]);
            statuses.Add((await client.PostAsync("Account/Login", form, ct)).StatusCode);
        }
        using var register = new FormUrlEncodedContent([new("Input.Email", "x@example.com")]);
        var otherEndpoint = (await client.PostAsync("Account/Register", register, ct)).StatusCode;
        var pageView = (await client.GetAsync("Account/Login", ct)).StatusCode;

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherEndpoint);
        Assert.Equal(HttpStatusCode.OK, pageView);
    }
}
