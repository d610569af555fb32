using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.SizeAdvisor;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Admin;

public sealed class ProductAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private ProductAdmin Admin => app.Get<ProductAdmin>();

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    /// <summary>A product with a single variant and no orders, so tests do not disturb each other.</summary>
    private async Task<ProductForm> SomeProductAsync(int skip)
    {
        await using var db = await DbAsync();
        var id = await db.Products.AsNoTracking().Where(p => !p.IsArchived && p.Variants.Count >= 2).OrderBy(p => p.Id).Skip(skip).Select(p => p.Id).FirstAsync(Ct);
        return (await Admin.EditAsync(id, Ct))!;
    }

    [Fact]
    public async Task Refuses_shoppers_and_anonymous_callers_and_changes_nothing()
    {
        var form = await SomeProductAsync(0);
        form.NameEn = "Hijacked";

        var asShopper = await Admin.UpdateAsync(Merchants.Shopper, form, Ct);
        var asAnonymous = await Admin.UpdateAsync(Merchants.Anonymous, form, Ct);
        var archive = await Admin.ArchiveAsync(Merchants.Shopper, form.Id, form.Version, Ct);
        var bulk = await app.Get<BulkPricing>().ChangeByPercentAsync(Merchants.Shopper, new ProductListQuery(), -50, Ct);

        Assert.All([asShopper, asAnonymous, archive], r => Assert.Equal("Only merchants may do this.", r.Error));
        Assert.False(bulk.Succeeded);
        Assert.NotEqual("Hijacked", (await Admin.EditAsync(form.Id, Ct))!.NameEn);
    }

    [Theory]
    [InlineData("-5", "Price", "The amount cannot be negative.")]
    [InlineData("abc", "Price", "Enter an amount in euros, e.g. 19.95.")]
    [InlineData("12.345", "Price", "Enter an amount in euros, e.g. 19.95.")]
    [InlineData("", "Price", "Enter a price.")]
    public async Task Refuses_bad_prices_with_a_message_on_the_field(string price, string field, string message)
    {
        var form = await SomeProductAsync(1);
        form.Variants[0].Price = price;

        var result = await Admin.UpdateAsync(Merchants.Mara, form, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.FieldErrors[$"Variants[0].{field}"]);
    }

    [Fact]
    public async Task Refuses_negative_or_non_numeric_stock_compare_at_below_price_duplicate_skus_and_slugs_and_script_in_descriptions()
    {
        var form = await SomeProductAsync(2);
        var other = await SomeProductAsync(3);
        form.Variants[0].Stock = "-1";
        form.Variants[1].Stock = "lots";
        form.Variants[0].Price = "20,00";
        form.Variants[0].CompareAt = "19.99";
        form.Variants[1].Sku = other.Variants[0].Sku;
        form.Slug = other.Slug;
        form.DescriptionEn = "Nice shoe <script>alert('x')</script>";
        form.DescriptionDe = "[Klick](javascript:alert(1))";
        var before = await Admin.EditAsync(form.Id, Ct);

        var result = await Admin.UpdateAsync(Merchants.Mara, form, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("Please correct the marked fields. Nothing was saved.", result.Error);
        Assert.Equal("Stock cannot be negative.", result.FieldErrors["Variants[0].Stock"]);
        Assert.Equal("Enter the stock as a whole number.", result.FieldErrors["Variants[1].Stock"]);
        Assert.Equal("The compare-at price must be higher than the price.", result.FieldErrors["Variants[0].CompareAt"]);
        Assert.Equal($"SKU {other.Variants[0].Sku} is already used by another product.", result.FieldErrors["Variants[1].Sku"]);
        Assert.Equal("Another product already uses this URL name.", result.FieldErrors["Slug"]);
        Assert.Equal("Descriptions are Markdown: HTML such as a script tag is not allowed.", result.FieldErrors["DescriptionEn"]);
        Assert.Equal("Links may only point to http, https or mailto addresses.", result.FieldErrors["DescriptionDe"]);
        var after = await Admin.EditAsync(form.Id, Ct);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
    }

    [Fact]
    public async Task Messages_follow_the_language()
    {
        var form = await SomeProductAsync(4);
        form.Variants[0].Price = "-1";

        var result = await Culture.InCulture("de", () => Admin.UpdateAsync(Merchants.Mara, form, Ct));

        Assert.Equal("Der Betrag darf nicht negativ sein.", result.FieldErrors["Variants[0].Price"]);
    }

    [Fact]
    public async Task A_price_change_is_saved_with_its_price_history_and_an_audit_entry_in_one_go()
    {
        var form = await SomeProductAsync(5);
        var variantId = form.Variants[0].Id;
        form.Variants[0].Price = "9.99";
        form.Variants[0].CompareAt = "";
        form.NameEn += " (new season)";

        var result = await Admin.UpdateAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        await using var db = await DbAsync();
        var variant = await db.Variants.AsNoTracking().SingleAsync(v => v.Id == variantId, Ct);
        Assert.Equal(999, variant.PriceCents);
        var latest = await db.PriceHistory.AsNoTracking().Where(h => h.VariantId == variantId).OrderByDescending(h => h.FromUtc).ThenByDescending(h => h.Id).FirstAsync(Ct);
        Assert.Equal(999, latest.PriceCents);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, latest.FromUtc);
        Assert.Equal(0, await db.PriceHistory.CountAsync(h => h.VariantId == form.Variants[1].Id && h.FromUtc == latest.FromUtc, Ct));

        var entry = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == "Product" && e.EntityId == form.Id.ToString()).SingleAsync(Ct);
        Assert.Equal("Updated", entry.Action);
        Assert.Equal("merchant-1", entry.UserId);
        Assert.Equal("merchant@storefront.test", entry.UserName);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, entry.AtUtc);
        Assert.Contains("(new season)", entry.AfterJson);
        Assert.DoesNotContain("(new season)", entry.BeforeJson);
        Assert.Contains("\"PriceCents\":999", entry.AfterJson);
    }

    [Fact]
    public async Task The_second_of_two_merchants_saving_the_same_product_is_told_and_nothing_is_overwritten()
    {
        var maras = await SomeProductAsync(6);
        var olafs = await SomeProductAsync(6);
        maras.Variants[0].Price = "11.11";
        olafs.Variants[0].Price = "22.22";
        olafs.NameDe = "Olafs Name";

        var first = await Admin.UpdateAsync(Merchants.Mara, maras, Ct);
        var second = await Admin.UpdateAsync(Merchants.Olaf, olafs, Ct);

        Assert.True(first.Succeeded, first.Error);
        Assert.False(second.Succeeded);
        Assert.True(second.Conflict);
        Assert.StartsWith("Someone else saved this product while you were editing it.", second.Error);
        var now = await Admin.EditAsync(maras.Id, Ct);
        Assert.Equal("11.11", now!.Variants[0].Price);
        Assert.NotEqual("Olafs Name", now.NameDe);
        await using var db = await DbAsync();
        Assert.Equal(0, await db.Set<AuditEntry>().CountAsync(e => e.UserId == "merchant-2", Ct));
    }

    [Fact]
    public async Task A_sale_between_loading_and_saving_makes_the_stock_edit_a_conflict()
    {
        var form = await SomeProductAsync(7);
        await using (var db = await DbAsync())
        {
            await db.Variants.Where(v => v.Id == form.Variants[0].Id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock - 1).SetProperty(v => v.Version, v => v.Version + 1), Ct);
        }
        form.Variants[0].Stock = "50";

        var result = await Admin.UpdateAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Conflict);
        Assert.NotEqual("50", (await Admin.EditAsync(form.Id, Ct))!.Variants[0].Stock);
    }

    [Fact]
    public async Task Archiving_hides_the_product_from_the_shop_at_once_and_restoring_brings_it_back()
    {
        var form = await SomeProductAsync(8);
        var catalog = app.Get<CatalogService>();
        var listings = app.Get<ListingIndex>();
        Assert.Contains(form.Id, (await listings.SnapshotAsync(Ct)).ProductIds);

        var archived = await Admin.ArchiveAsync(Merchants.Mara, form.Id, form.Version, Ct);

        Assert.True(archived.Succeeded, archived.Error);
        Assert.Null(await catalog.ProductAsync(form.Id, Ct));
        Assert.DoesNotContain(form.Id, (await listings.SnapshotAsync(Ct)).ProductIds);
        var stale = await Admin.RestoreAsync(Merchants.Mara, form.Id, form.Version, Ct);
        Assert.True(stale.Conflict);

        var restored = await Admin.RestoreAsync(Merchants.Mara, form.Id, form.Version + 1, Ct);
        Assert.True(restored.Succeeded, restored.Error);
        Assert.NotNull(await catalog.ProductAsync(form.Id, Ct));
        await using var db = await DbAsync();
        Assert.Equal(["Archived", "Restored"], await db.Set<AuditEntry>().Where(e => e.EntityId == form.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct));
    }

    [Fact]
    public async Task Stock_arriving_for_a_wanted_variant_reaches_the_waiting_shopper()
    {
        var form = await SomeProductAsync(9);
        var variant = form.Variants[1];
        await using (var db = await DbAsync())
        {
            await db.Variants.Where(v => v.Id == variant.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0).SetProperty(v => v.Version, v => v.Version + 1), Ct);
        }
        var requests = app.Get<BackInStockRequests>();
        Assert.True((await requests.RequestAsync("anon:waiting-shopper", variant.Id, Ct)).Succeeded);
        form = (await Admin.EditAsync(form.Id, Ct))!;
        form.Variants[1].Stock = "12";

        var result = await Admin.UpdateAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("1 shoppers waiting", result.Message);
        var open = await requests.OpenAsync("anon:waiting-shopper", Ct);
        Assert.True(Assert.Single(open).BackInStock);
    }

    [Fact]
    public async Task A_new_product_starts_with_price_history_for_every_variant_and_shows_in_the_shop()
    {
        var options = await Admin.OptionsAsync(Ct);
        var form = new ProductForm
        {
            Slug = "admin-test-rain-jacket", NameEn = "Test rain jacket", NameDe = "Test-Regenjacke",
            DescriptionEn = "A **light** jacket.\n\n- taped seams", DescriptionDe = "Eine **leichte** Jacke.",
            BrandId = options.Brands[0].Id, CategoryId = options.Categories[0].Id, Origin = "Portugal",
            Variants =
            [
                new VariantForm { Sku = "ADM-TEST-S", Size = "S", ColourEn = "Blue", ColourDe = "Blau", ColourHex = "#1f4f8f", Price = "79.90", Stock = "3" },
                new VariantForm { Sku = "ADM-TEST-M", Size = "M", ColourEn = "Blue", ColourDe = "Blau", ColourHex = "#1f4f8f", Price = "79,90", Stock = "0" },
            ],
        };

        var result = await Admin.CreateAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        var details = await app.Get<CatalogService>().ProductAsync(result.Id!.Value, Ct);
        Assert.Equal("Test rain jacket", details!.Name);
        await using var db = await DbAsync();
        Assert.Equal(2, await db.PriceHistory.CountAsync(h => db.Variants.Any(v => v.Id == h.VariantId && v.ProductId == result.Id && v.PriceCents == h.PriceCents), Ct));
        Assert.Equal("Created", (await db.Set<AuditEntry>().SingleAsync(e => e.EntityId == result.Id.ToString(), Ct)).Action);
    }

    [Fact]
    public async Task The_grid_pages_sorts_and_searches_over_the_catalog()
    {
        var all = await Admin.ListAsync(new ProductListQuery(PageSize: 10), Ct);
        var cheapest = await Admin.ListAsync(new ProductListQuery(Sort: AdminProductSort.Price, PageSize: 5), Ct);
        var dearest = await Admin.ListAsync(new ProductListQuery(Sort: AdminProductSort.Price, Descending: true, PageSize: 5), Ct);
        var second = await Admin.ListAsync(new ProductListQuery(PageSize: 10, Page: 1), Ct);
        var found = await Admin.ListAsync(new ProductListQuery(Search: all.Rows[3].Slug), Ct);

        Assert.Equal(10, all.Rows.Count);
        Assert.True(all.Total > 100);
        Assert.Equal(all.Rows.Select(r => r.Name).Order(StringComparer.Ordinal), all.Rows.Select(r => r.Name));
        Assert.Empty(all.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
        Assert.True(cheapest.Rows[0].FromPrice.Cents <= cheapest.Rows[4].FromPrice.Cents);
        Assert.True(dearest.Rows[0].FromPrice.Cents > cheapest.Rows[0].FromPrice.Cents);
        Assert.Contains(found.Rows, r => r.Id == all.Rows[3].Id);
    }
}
