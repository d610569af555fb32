using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Storefront.Data;
using Storefront.Features.Orders.Returns;
using Storefront.Tests.Features.Orders;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

/// <summary>The merchant's key figures, a return received in the order admin, and an image upload in the product editor.</summary>
public sealed class AdminKpiAndReturnFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_merchant_reads_the_key_figures_for_a_preset_period_and_a_backwards_period_is_explained()
    {
        await SignInAsMerchantAsync();
        await Page.GotoAsync("culture/en?returnUrl=%2Fadmin");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Open the key figures dashboard" }).ClickAsync();
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Key figures", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Last 90 days" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Last 90 days" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("(90 days, UTC)")).ToBeVisibleAsync();
        var summary = Page.GetByRole(AriaRole.List, new() { Name = "Summary" });
        await Expect(summary.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Revenue" })).ToContainTextAsync("€");
        await Expect(summary.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Customer retention rate" })).ToContainTextAsync("%");
        await Expect(Page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Drop-out" }).GetByRole(AriaRole.Rowheader, new() { Name = "Address" }))
            .ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Line chart of revenue per day in euros; the same figures are in the table below." }))
            .ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Top products" }).GetByRole(AriaRole.Row)).Not.ToHaveCountAsync(1);

        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        await Page.GotoAsync("admin/kpis?from=2026-03-10&to=2026-03-01");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The start date is after the end date. Choose a start on or before the end.");
    }

    [Fact]
    public async Task The_merchant_marks_a_return_received_and_the_stock_is_back_in_the_product_editor()
    {
        var (number, productId, stock) = await DeliveredOrderWithReturnAsync();
        await SignInAsMerchantAsync();

        await Page.GotoAsync($"culture/en?returnUrl=%2Fadmin%2Fproducts%2F{productId}");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Stock (variant 1)")).ToHaveValueAsync(stock.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await Page.GotoAsync($"admin/orders/{number}");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        var returns = Page.GetByRole(AriaRole.Region, new() { Name = "Returns" });
        await Expect(returns.GetByRole(AriaRole.Cell, new() { Name = "Too large" })).ToBeVisibleAsync();
        await returns.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Mark return \d+ received \(restock 1\)$") }).ClickAsync();
        await Expect(returns.GetByRole(AriaRole.Status)).ToContainTextAsync("Return received: 1 units are back in stock.");
        await Expect(Page.GetByText("Status: Returned")).ToBeVisibleAsync();
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        await Page.GotoAsync($"admin/products/{productId}");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Stock (variant 1)")).ToHaveValueAsync((stock + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_image_upload_takes_a_real_png_and_refuses_a_file_that_is_not_an_image()
    {
        await SignInAsMerchantAsync();
        await Page.GotoAsync("culture/en?returnUrl=%2Fadmin%2Fproducts%2F112");
        await Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        var images = Page.GetByRole(AriaRole.Group, new() { Name = "Images" });
        await images.GetByLabel("Image description (English)").FillAsync("Test pattern");
        await images.GetByLabel("Image description (German)").FillAsync("Testbild");

        await images.GetByLabel("Image file (JPEG, PNG or WebP, at most 5 MB)").SetInputFilesAsync(
            new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = "just some text, not a picture"u8.ToArray() });
        await images.GetByRole(AriaRole.Button, new() { Name = "Upload image" }).ClickAsync();
        await Expect(images.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This file is not an image we can read (JPEG, PNG, WebP or GIF).");

        await images.GetByLabel("Image file (JPEG, PNG or WebP, at most 5 MB)").SetInputFilesAsync(
            new FilePayload { Name = "pattern.png", MimeType = "image/png", Buffer = Png(320, 240) });
        await images.GetByRole(AriaRole.Button, new() { Name = "Upload image" }).ClickAsync();
        // Decoding, resizing and writing WebP on a busy two-core box can take a while the first time.
        await Expect(images.GetByRole(AriaRole.Status)).ToHaveTextAsync("Image uploaded; it is now the product's first image.", new() { Timeout = 30_000 });
        await Expect(images.GetByRole(AriaRole.Img, new() { Name = "Test pattern" })).ToBeVisibleAsync();
    }

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = (x / 40 + y / 40) % 2 == 0 ? new Rgba32(200, 60, 40) : new Rgba32(250, 240, 220);
            }
        }
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>A guest order of one unit of a one-variant product, delivered yesterday, with a return requested for it.</summary>
    private async Task<(string Number, int ProductId, int Stock)> DeliveredOrderWithReturnAsync()
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>();
        await using var db = await dbFactory.CreateDbContextAsync(Ct);
        var variant = await db.Variants.AsNoTracking()
            .Where(v => v.Stock > 3 && v.Product!.Variants.Count == 1 && !v.Product.IsArchived && v.ProductId > 120)
            .OrderBy(v => v.ProductId).Select(v => new { v.Id, v.ProductId, v.Stock }).FirstAsync(Ct);
        var order = await new OrderBuilder(dbFactory).Delivered(DateTime.UtcNow.AddDays(-1)).Line(variant.Id, 1).SaveAsync(Ct);
        var result = await Culture.InCulture("en", () => scope.ServiceProvider.GetRequiredService<ReturnsService>().RequestAsync(new ReturnCommand(
            order.Number, new ReturnAccess(null, null, order.AccessToken),
            [new ReturnLineInput { OrderLineId = order.Lines[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity = "1", Reason = "TooLarge" }],
            Server.BaseAddress.ToString()), Ct));
        Assert.True(result.Succeeded, result.Error);
        return (order.Number, variant.ProductId, variant.Stock);
    }

    private async Task SignInAsMerchantAsync()
    {
        await Page.GotoAsync("Account/Login");
        await Page.GetByLabel("Email").FillAsync("merchant@storefront.test");
        await Page.GetByLabel("Password").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToBeVisibleAsync();
    }
}
