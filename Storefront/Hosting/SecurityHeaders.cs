using Storefront.Features.Accounts.ExternalSignIn;

namespace Storefront.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// Security headers on every response: a Content-Security-Policy as strict as Blazor and MudBlazor allow (scripts
    /// only from this origin plus the per-request nonce on Blazor's inline import map; inline styles because MudBlazor
    /// sets style attributes), no framing, no MIME sniffing, and a referrer policy that keeps paths to this origin.
    /// </summary>
    public static WebApplication UseStorefrontSecurityHeaders(this WebApplication app)
    {
        var policy = new HeaderPolicyCollection()
            .AddDefaultSecurityHeaders()
            .AddPermissionsPolicy(permissions =>
            {
                permissions.AddCamera().None();
                permissions.AddMicrophone().None();
                permissions.AddGeolocation().None();
                permissions.AddUsb().None();
                permissions.AddPayment().None();
            })
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                // A "Continue with …" form is answered by a redirect to the provider, which Chromium checks against
                // form-action too: allow the configured providers' origins.
                var formAction = csp.AddFormAction().Self();
                foreach (var origin in ExternalProviders.FormActionOrigins(app.Configuration))
                {
                    formAction.From(origin);
                }
                csp.AddFrameAncestors().None();
            });
        app.UseSecurityHeaders(policy);
        return app;
    }
}
