using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Storefront.Data.Seeding;

public static class SeedingServiceCollectionExtensions
{
    /// <summary>Binds <see cref="SeedOptions"/> from the "Seed" section and registers <see cref="DemoSeeder"/> (scoped).</summary>
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.Configure<SeedOptions>(config.GetSection(SeedOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
