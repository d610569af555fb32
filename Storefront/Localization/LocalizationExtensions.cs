using Microsoft.AspNetCore.Localization;

namespace Storefront.Localization;

public static class LocalizationExtensions
{
    public static WebApplicationBuilder AddStorefrontLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.English)
                .AddSupportedCultures(Cultures.Supported)
                .AddSupportedUICultures(Cultures.Supported);
            options.ApplyCurrentCultureToResponseHeaders = true;
            // ?lang= (the hreflang alternates search engines follow) first, then the cookie (the header switch), then
            // the browser's languages.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>GET /culture/{culture}?returnUrl=… stores the choice in the culture cookie and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.IsSupported(culture))
            {
                return Results.BadRequest();
            }
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        });
        return endpoints;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
