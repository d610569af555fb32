using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Features.Accounts.ExternalSignIn;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Accounts;

public sealed class ExternalProviderOptionsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_google_preset_fills_authority_scopes_name_and_icon()
    {
        var provider = Assert.Single(ExternalProviderOptions.Read(Config(
            ("Authentication:OpenIdConnect:Providers:Google:Preset", "Google"),
            ("Authentication:OpenIdConnect:Providers:Google:ClientId", "id.apps.googleusercontent.com"))));

        Assert.Equal("Google", provider.Name);
        Assert.Equal("Google", provider.DisplayName);
        Assert.Equal("https://accounts.google.com", provider.Authority);
        Assert.Equal(["openid", "email", "profile"], provider.Scopes!);
        Assert.NotNull(provider.Icon);
        Assert.False(provider.IsLoopback);
    }

    [Fact]
    public void A_provider_without_client_id_or_authority_is_switched_off()
    {
        var providers = ExternalProviderOptions.Read(Config(
            ("Authentication:OpenIdConnect:Providers:Google:Preset", "Google"),
            ("Authentication:OpenIdConnect:Providers:Google:ClientId", ""),
            ("Authentication:OpenIdConnect:Providers:Corp:ClientId", "shop"),
            ("Authentication:OpenIdConnect:Providers:Corp:Authority", "not a url")));

        Assert.Empty(providers);
    }

    [Fact]
    public void Explicit_settings_win_over_the_preset()
    {
        var provider = Assert.Single(ExternalProviderOptions.Read(Config(
            ("Authentication:OpenIdConnect:Providers:Work:Preset", "Google"),
            ("Authentication:OpenIdConnect:Providers:Work:DisplayName", "Google Workspace"),
            ("Authentication:OpenIdConnect:Providers:Work:ClientId", "id"),
            ("Authentication:OpenIdConnect:Providers:Work:Scopes:0", "openid"),
            ("Authentication:OpenIdConnect:Providers:Work:Scopes:1", "email"))));

        Assert.Equal("Google Workspace", provider.DisplayName);
        Assert.Equal(["openid", "email"], provider.Scopes!);
    }

    [Fact]
    public async Task The_sign_in_forms_may_lead_to_the_configured_providers_and_nowhere_else()
    {
        await using var factory = new StorefrontFactory(seed: false)
            .With("Authentication:OpenIdConnect:Providers:Corp:Authority", "https://login.example.com/tenant/v2.0")
            .With("Authentication:OpenIdConnect:Providers:Corp:ClientId", "shop");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("Account/Login", TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("form-action 'self' https://login.example.com;", csp + ";");
        Assert.Contains("Corp", factory.Services.GetRequiredService<ExternalProviders>().All.Select(p => p.Name));
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("/checkout/address", "/checkout/address")]
    [InlineData("checkout/address?x=1", "/checkout/address?x=1")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void Return_urls_stay_on_this_site(string? url, string expected) => Assert.Equal(expected, ReturnUrls.Local(url));
}
