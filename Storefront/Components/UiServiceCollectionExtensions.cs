using MudBlazor.Services;
using Storefront.Components.Branding;
using Storefront.Features.Catalog.Search;
using Storefront.Features.Seo;
using Storefront.Hosting;
using Storefront.Localization;

namespace Storefront.Components;

public static class UiServiceCollectionExtensions
{
    public static WebApplicationBuilder AddStorefrontUi(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<BrandOptions>().BindConfiguration(BrandOptions.Section);
        builder.Services.AddSingleton<BrandTheme>();
        builder.AddStorefrontLocalization();
        return builder;
    }

    public static WebApplication UseStorefront(this WebApplication app)
    {
        app.UseStorefrontSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseFriendlyStatusPages();
        app.UseRequestLocalization();
        app.UseAntiforgery();

        app.UseExtraStaticFiles();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapCultureSwitch();
        app.MapSearchSuggestions();
        app.MapSeoEndpoints();
        return app;
    }
}
