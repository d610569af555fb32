using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Storefront.Hosting;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Loads the repository's root appsettings.json (copied next to the binaries) as the first, lowest-priority
    /// source, so it applies however the app is started while environment variables, the command line and
    /// test overrides still win.
    /// </summary>
    public static WebApplicationBuilder AddRootConfiguration(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
        });
        builder.Configuration.Sources.Insert(1, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = $"appsettings.{builder.Environment.EnvironmentName}.json",
            Optional = true,
            ReloadOnChange = false,
        });
        return builder;
    }
}
