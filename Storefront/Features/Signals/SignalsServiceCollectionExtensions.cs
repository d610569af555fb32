using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Storefront.Features.Signals;

public static class SignalsServiceCollectionExtensions
{
    /// <summary>The signal queue and its background writer. Safe to call more than once.</summary>
    public static WebApplicationBuilder AddSignals(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ShopperSignals>();
        builder.Services.AddHostedService<SignalWriter>();
        return builder;
    }
}
