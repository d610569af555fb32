using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Storefront.Features.Accounts.ExternalSignIn;

public static class ExternalSignInServiceCollectionExtensions
{
    /// <summary>
    /// Registers one framework OpenID Connect handler per configured provider: authorization-code flow with PKCE,
    /// state and nonce (the handler's defaults), the answer as a query (a top-level GET, so the correlation and
    /// nonce cookies can stay SameSite=Lax), and every failure on a friendly page that signs nobody in.
    /// </summary>
    public static AuthenticationBuilder AddExternalProviders(this AuthenticationBuilder auth, IConfiguration configuration)
    {
        var providers = ExternalProviderOptions.Read(configuration);
        auth.Services.AddSingleton(new ExternalProviders(providers));
        auth.Services.AddScoped<ExternalAccountService>();
        auth.Services.AddScoped<ExternalLinkByMail>();
        foreach (var provider in providers)
        {
            auth.AddOpenIdConnect(provider.Name, provider.DisplayName, o => Configure(o, provider));
        }
        return auth;
    }

    private static void Configure(OpenIdConnectOptions o, ExternalProviderOptions provider)
    {
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(provider.ClientSecret) ? null : provider.ClientSecret;
        o.RequireHttpsMetadata = !provider.IsLoopback;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = provider.GetClaimsFromUserInfoEndpoint ?? false;
        o.MapInboundClaims = true;
        o.Scope.Clear();
        foreach (var scope in provider.Scopes!.Append("openid").Distinct(StringComparer.Ordinal))
        {
            o.Scope.Add(scope);
        }
        var slug = provider.Name.ToLowerInvariant();
        o.CallbackPath = $"/signin-{slug}";
        o.SignedOutCallbackPath = $"/signout-callback-{slug}";
        o.RemoteSignOutPath = $"/signout-{slug}";
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.BackchannelTimeout = TimeSpan.FromSeconds(15);
        o.Events.OnAccessDenied = context =>
        {
            context.Response.Redirect(ExternalSignInFailure.Url(context.Request.PathBase, ExternalSignInFailure.Cancelled));
            context.HandleResponse();
            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(ExternalSignInServiceCollectionExtensions))
                .LogWarning(context.Failure, "External sign-in with {Provider} failed.", provider.Name);
            var reason = context.Failure?.Message.Contains("access_denied", StringComparison.Ordinal) == true
                ? ExternalSignInFailure.Cancelled
                : ExternalSignInFailure.Failed;
            context.Response.Redirect(ExternalSignInFailure.Url(context.Request.PathBase, reason));
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}

/// <summary>The providers that are switched on, for the "Continue with …" buttons and the form-action policy.</summary>
public sealed class ExternalProviders(IReadOnlyList<ExternalProviderOptions> providers)
{
    public IReadOnlyList<ExternalProviderOptions> All { get; } = providers;

    public ExternalProviderOptions? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Origins a sign-in form may lead to (its post is answered by a redirect to the provider).</summary>
    public static IEnumerable<string> FormActionOrigins(IConfiguration configuration) =>
        ExternalProviderOptions.Read(configuration)
            .Select(p => p.AuthorityUri.GetLeftPart(UriPartial.Authority))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Why an external sign-in ended without signing anybody in: the reasons /Account/ExternalLoginFailed explains.</summary>
public static class ExternalSignInFailure
{
    public const string Cancelled = "cancelled";
    public const string Failed = "failed";
    public const string Unavailable = "unavailable";
    public const string NoEmail = "no-email";
    public const string Unverified = "unverified";
    public const string Expired = "expired";

    public static string Url(PathString pathBase, string reason) => $"{pathBase}/Account/ExternalLoginFailed?reason={reason}";
}
