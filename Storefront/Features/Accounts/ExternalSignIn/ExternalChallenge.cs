using Microsoft.AspNetCore.Authentication;

namespace Storefront.Features.Accounts.ExternalSignIn;

internal static class ExternalChallenge
{
    /// <summary>
    /// Sends the browser to the provider. The handler fetches the provider's discovery document first: when the
    /// provider is down that throws, and the shopper gets the "provider unavailable" page instead of an error page.
    /// </summary>
    public static async Task<IResult> ChallengeAsync(HttpContext context, string provider, AuthenticationProperties properties)
    {
        try
        {
            await context.ChallengeAsync(provider, properties);
            return Results.Empty;
        }
        catch (Exception e) when (!context.Response.HasStarted && e is HttpRequestException or InvalidOperationException or TaskCanceledException or IOException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalChallenge))
                .LogWarning(e, "The sign-in provider {Provider} could not be reached.", provider);
            context.Response.Clear();
            return Results.Redirect(ExternalSignInFailure.Url(context.Request.PathBase, ExternalSignInFailure.Unavailable));
        }
    }
}
