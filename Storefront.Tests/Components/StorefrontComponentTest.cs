using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Storefront.Components.Branding;

namespace Storefront.Tests.Components;

/// <summary>The one shared bUnit setup: MudBlazor services, loose JS interop, localisation and the brand theme.</summary>
public abstract class StorefrontComponentTest : BunitContext
{
    protected StorefrontComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(new BrandTheme(Options.Create(new BrandOptions { Name = "Testladen" })));
    }
}
