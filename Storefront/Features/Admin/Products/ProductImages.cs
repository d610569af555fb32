using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog;

namespace Storefront.Features.Admin.Products;

public sealed class ProductImageOptions
{
    /// <summary>Where uploads are written; served at /assets/uploads. Default: wwwroot-assets/uploads next to the app's folder.</summary>
    public string? UploadRoot { get; set; }
}

public sealed record ImageUploadResult(bool Succeeded, string? Error, string? Path = null);

/// <summary>
/// Merchant image uploads: at most 5 MB, decoded by ImageSharp (the file name and type the browser claims are not
/// trusted), re-encoded as WebP (which drops metadata and anything hidden in the original), a 1600 px image and a
/// 400 px thumbnail under wwwroot-assets/uploads/products, and the product's new first image.
/// </summary>
public sealed class ProductImages(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<AdminText> text,
    TimeProvider time,
    IOptions<ProductImageOptions> options,
    IHostEnvironment environment)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPixels = 8000;
    public const int MinPixels = 200;
    public const string UrlPrefix = "uploads";

    public string UploadRoot => UploadRootFor(options.Value, environment);

    public async Task<ImageUploadResult> UploadAsync(ClaimsPrincipal user, int productId, System.IO.Stream content, string altEn, string altDe,
        CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return new ImageUploadResult(false, text["NotAllowed"]);
        }
        if (string.IsNullOrWhiteSpace(altEn) || string.IsNullOrWhiteSpace(altDe) || altEn.Length > 300 || altDe.Length > 300)
        {
            return new ImageUploadResult(false, text["ImageAltRequired"]);
        }
        // Read at most one byte more than allowed: a 50 MB upload is refused without holding 50 MB.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return new ImageUploadResult(false, text["ImageTooLarge", MaxBytes / 1024 / 1024]);
            }
        }
        buffer.Position = 0;
        Image image;
        try
        {
            image = await Image.LoadAsync(buffer, ct);
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return new ImageUploadResult(false, text["ImageNotAnImage"]);
        }
        using (image)
        {
            if (image.Width < MinPixels || image.Height < MinPixels || image.Width > MaxPixels || image.Height > MaxPixels)
            {
                return new ImageUploadResult(false, text["ImageDimensions", MinPixels, MaxPixels]);
            }
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Id, p.NameEn }).FirstOrDefaultAsync(ct);
            if (product is null)
            {
                return new ImageUploadResult(false, text["ProductNotFound"]);
            }
            var name = $"{productId}-{Guid.NewGuid():N}"[..24];
            var folder = Path.Combine(UploadRoot, "products");
            Directory.CreateDirectory(folder);
            image.Metadata.ExifProfile = null;
            image.Mutate(x => x.AutoOrient().Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(1600, 1600) }));
            await image.SaveAsync(Path.Combine(folder, name + ".webp"), new WebpEncoder { Quality = 82 }, ct);
            image.Mutate(x => x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(400, 400) }));
            await image.SaveAsync(Path.Combine(folder, name + "-thumb.webp"), new WebpEncoder { Quality = 75 }, ct);

            var path = $"{UrlPrefix}/products/{name}.webp";
            var first = await db.ProductImages.Where(i => i.ProductId == productId).MinAsync(i => (int?)i.SortOrder, ct) ?? 1;
            db.ProductImages.Add(new ProductImage { ProductId = productId, Path = path, AltEn = altEn.Trim(), AltDe = altDe.Trim(), SortOrder = first - 1 });
            AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "Product", productId.ToString(), "ImageAdded", product.NameEn, null,
                new { Path = path, AltEn = altEn.Trim(), AltDe = altDe.Trim() });
            await db.SaveChangesAsync(ct);
            return new ImageUploadResult(true, null, path);
        }
    }

    internal static string UploadRootFor(ProductImageOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(options.UploadRoot is { Length: > 0 } root
            ? root
            : Path.Combine(environment.ContentRootPath, "..", "wwwroot-assets", UrlPrefix));
}

public static class ProductImageUploads
{
    /// <summary>Serves uploaded images at /assets/uploads (build-time static assets cannot know files added at run time).</summary>
    public static WebApplication UseAdminUploads(this WebApplication app)
    {
        var root = ProductImages.UploadRootFor(app.Services.GetRequiredService<IOptions<ProductImageOptions>>().Value, app.Environment);
        Directory.CreateDirectory(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            RequestPath = "/assets/" + ProductImages.UrlPrefix,
            ServeUnknownFileTypes = false,
        });
        return app;
    }
}
