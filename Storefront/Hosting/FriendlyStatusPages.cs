using Microsoft.AspNetCore.Diagnostics;

namespace Storefront.Hosting;

public static class FriendlyStatusPages
{
    /// <summary>
    /// Every empty error response (404, 400, 403 …) is answered by the localised /status/{code} page, keeping its code.
    /// </summary>
    public static WebApplication UseFriendlyStatusPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                // A failed form post re-executes as a post, which the status page would refuse again: render it as a GET.
                context.Request.Method = HttpMethods.Get;
                await next(context);
                return;
            }
            await next(context);
            // Blazor refuses a post without a valid antiforgery token with an empty 400 but a text/html content type,
            // which the status-code middleware takes for a body; clear it so the friendly page is rendered.
            if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null or 0 })
            {
                context.Response.ContentType = null;
                context.Response.ContentLength = null;
            }
        });
        return app;
    }
}
