namespace Storefront.Features.Accounts.ExternalSignIn;

/// <summary>
/// One OpenID Connect provider from <c>Authentication:OpenIdConnect:Providers:&lt;Name&gt;</c> in the root
/// appsettings.json. A provider without a client id is switched off. <see cref="Preset"/> fills what a well-known
/// provider always has (authority, scopes, display name, icon); explicit settings win over the preset.
/// </summary>
public sealed class ExternalProviderOptions
{
    public const string Section = "Authentication:OpenIdConnect:Providers";

    /// <summary>The configuration key: the authentication scheme's name and the login provider stored on the account.</summary>
    public string Name { get; set; } = "";

    /// <summary>"Google" fills the rest for Google; empty for any other provider.</summary>
    public string? Preset { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>A path under /assets (for example <c>brand/google.svg</c>) or an absolute URL of a small square icon.</summary>
    public string? Icon { get; set; }

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string[]? Scopes { get; set; }

    /// <summary>Ask the provider's userinfo endpoint for claims the id token lacks.</summary>
    public bool? GetClaimsFromUserInfoEndpoint { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId) && Uri.TryCreate(Authority, UriKind.Absolute, out _);

    public Uri AuthorityUri => new(Authority!, UriKind.Absolute);

    /// <summary>Plain http is only accepted for a provider on this machine (the test provider).</summary>
    public bool IsLoopback => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <summary>Reads every provider of the section, applying presets. Switched-off providers are left out.</summary>
    public static IReadOnlyList<ExternalProviderOptions> Read(IConfiguration configuration)
    {
        var providers = new List<ExternalProviderOptions>();
        foreach (var child in configuration.GetSection(Section).GetChildren())
        {
            var options = new ExternalProviderOptions { Name = child.Key };
            child.Bind(options);
            options.Name = child.Key;
            options.ApplyPreset();
            if (options.Enabled)
            {
                providers.Add(options);
            }
        }
        return providers;
    }

    private void ApplyPreset()
    {
        if (string.Equals(Preset, "Google", StringComparison.OrdinalIgnoreCase))
        {
            Authority ??= "https://accounts.google.com";
            DisplayName ??= "Google";
            Icon ??= "brand/providers/google.svg";
            Scopes ??= ["openid", "email", "profile"];
        }
        DisplayName ??= Name;
        Scopes ??= ["openid", "email", "profile"];
    }
}
