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
        : AnonymousId() is { } anonymous ? AnonymousKey(anonymous)
        : null;

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
        return AnonymousKey(id);
    }

    public static string UserKey(string userId) => $"u:{userId}";

    private static string AnonymousKey(Guid id) => $"a:{id:N}";

    private Guid? AnonymousId() =>
        http.HttpContext?.Request.Cookies[AnonymousCookie] is { } value && Guid.TryParseExact(value, "N", out var id) ? id : null;
}
