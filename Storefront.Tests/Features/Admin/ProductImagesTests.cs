using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Catalog;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Admin;

public sealed class ProductImagesTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private ProductImages Images => app.Get<ProductImages>();

    private static MemoryStream Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(30, 111, 92));
        var stream = new MemoryStream();
        image.SaveAsPng(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task A_real_image_becomes_the_products_first_image_with_a_thumbnail_and_an_audit_entry()
    {
        var result = await Images.UploadAsync(Merchants.Mara, 130, Png(2400, 1200), "Green bottle", "Grüne Flasche", Ct);

        Assert.True(result.Succeeded, result.Error);
        var file = Path.Combine(Images.UploadRoot, result.Path!["uploads/".Length..]);
        using (var stored = await Image.LoadAsync(file, Ct))
        {
            Assert.Equal((1600, 800), (stored.Width, stored.Height));
        }
        using (var thumb = await Image.LoadAsync(file.Replace(".webp", "-thumb.webp"), Ct))
        {
            Assert.Equal(400, thumb.Width);
        }
        var product = await app.Get<CatalogService>().ProductAsync(130, Ct);
        Assert.Equal(result.Path, product!.ImagePath);
        Assert.Equal("Green bottle", product.ImageAlt);
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        Assert.Equal("ImageAdded", (await db.Set<AuditEntry>().SingleAsync(e => e.EntityId == "130", Ct)).Action);
    }

    [Fact]
    public async Task A_50_MB_file_a_non_image_a_tiny_image_and_a_shopper_are_refused_and_nothing_is_stored()
    {
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var before = await db.ProductImages.CountAsync(Ct);

        var huge = await Images.UploadAsync(Merchants.Mara, 131, new MemoryStream(new byte[50 * 1024 * 1024]), "a", "b", Ct);
        var script = await Images.UploadAsync(Merchants.Mara, 131, new MemoryStream("<script>alert(1)</script>"u8.ToArray()), "a", "b", Ct);
        var tiny = await Images.UploadAsync(Merchants.Mara, 131, Png(50, 50), "a", "b", Ct);
        var noAlt = await Images.UploadAsync(Merchants.Mara, 131, Png(400, 400), "", "", Ct);
        var shopper = await Images.UploadAsync(Merchants.Shopper, 131, Png(400, 400), "a", "b", Ct);

        Assert.Equal("The file is larger than 5 MB.", huge.Error);
        Assert.Equal("This file is not an image we can read (JPEG, PNG, WebP or GIF).", script.Error);
        Assert.Equal("The image must be between 200 and 8000 pixels wide and high.", tiny.Error);
        Assert.Equal("Describe the image in English and German (at most 300 characters each).", noAlt.Error);
        Assert.Equal("Only merchants may do this.", shopper.Error);
        Assert.Equal(before, await db.ProductImages.CountAsync(Ct));
    }
}
