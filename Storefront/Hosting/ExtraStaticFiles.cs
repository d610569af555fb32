using Microsoft.Extensions.FileProviders;

namespace Storefront.Hosting;

public static class ExtraStaticFiles
{
    /// <summary>
    /// Serves files from a folder chosen at start (config <c>StaticFiles:ExtraFolder</c>) under /_static. Off by
    /// default; the load benchmark uses it to serve copies of pages as plain files from the same app, the limit each
    /// page is compared against.
    /// </summary>
    public static WebApplication UseExtraStaticFiles(this WebApplication app)
    {
        if (app.Configuration["StaticFiles:ExtraFolder"] is { Length: > 0 } folder)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
                RequestPath = "/_static",
                ServeUnknownFileTypes = false,
            });
        }
        return app;
    }
}
