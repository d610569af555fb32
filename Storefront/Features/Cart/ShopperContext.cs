using System.Security.Claims;

namespace Storefront.Features.Cart;

/// <summary>
/// Who is shopping in this request: "u:{userId}" when signed in, otherwise "a:{id}" from a long-lived anonymous
/// cookie. The cookie is only set when something must be remembered (e.g. a cart), so browse pages stay cookie-free.
/// </summary>
public sealed class ShopperContext(IHttpContextAccessor http)
{
    public const string AnonymousCookie = "sf_shopper";

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? CurrentKey =>
        UserId is { } userId ? UserKey(userId)
        : AnonymousKeyFromCookie;

    /// <summary>The anonymous key from the cookie, even while a sign-in is being completed (for the merge).</summary>
    public string? AnonymousKeyFromCookie => AnonymousId() is { } anonymous ? AnonymousKey(anonymous) : null;

    public string EnsureKey()
    {
        if (CurrentKey is { } key)
        {
            return key;
        }
        var context = http.HttpContext ?? throw new InvalidOperationException("No request to remember the shopper in.");
        var id = Guid.NewGuid();
        context.Response.Cookies.Append(AnonymousCookie, id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
        // Later reads in this request (e.g. the header's cart count) see the new shopper too.
        context.Items[AnonymousCookie] = id;
        return AnonymousKey(id);
    }

    /// <summary>
    /// Drops the anonymous cookie once its data has moved to the account, so that after signing out this browser
    /// starts as a new visitor instead of sharing an id with the account's history.
    /// </summary>
    public void ForgetAnonymous()
    {
        if (http.HttpContext is { } context && AnonymousId() is not null)
        {
            context.Response.Cookies.Delete(AnonymousCookie, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            context.Items.Remove(AnonymousCookie);
            context.Items[ForgottenMarker] = true;
        }
    }

    /// <summary>Owner keys of signed-in accounts start with this; anonymous ones with "a:".</summary>
    public const string UserKeyPrefix = "u:";

    public static string UserKey(string userId) => UserKeyPrefix + userId;

    public static bool IsUserKey(string? ownerKey) => ownerKey?.StartsWith(UserKeyPrefix, StringComparison.Ordinal) == true;

    public static string AnonymousKey(Guid id) => $"a:{id:N}";

    private const string ForgottenMarker = "sf_shopper_forgotten";

    private Guid? AnonymousId()
    {
        var context = http.HttpContext;
        if (context is null || context.Items.ContainsKey(ForgottenMarker))
        {
            return null;
        }
        if (context.Items.TryGetValue(AnonymousCookie, out var fresh) && fresh is Guid freshId)
        {
            return freshId;
        }
        return context.Request.Cookies[AnonymousCookie] is { } value && Guid.TryParseExact(value, "N", out var id) ? id : null;
    }
}
