using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Catalog.Merchant;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog;

public sealed class BrandAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private BrandAdmin Admin => app.Get<BrandAdmin>();

    private static BrowseRequest Brand(string slug) => new(BrowseScope.Brand(slug), ProductFilter.None, ProductSort.Relevance, 1);

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    [Fact]
    public async Task A_German_story_shows_on_the_German_brand_page_and_the_English_one_on_the_English_page()
    {
        var row = (await Admin.ListAsync(Ct))[0];
        var form = (await Admin.EditAsync(row.Id, Ct))!;
        (form.DescriptionEn, form.DescriptionDe) = ("Made by hand since 1921.", "Seit 1921 von Hand gemacht.");

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        var german = await Culture.InCulture("de-DE", () => app.Get<ProductBrowser>().BrowseAsync(Brand(row.Slug), Ct));
        var english = await Culture.InCulture("en-GB", () => app.Get<ProductBrowser>().BrowseAsync(Brand(row.Slug), Ct));
        Assert.Equal(("Seit 1921 von Hand gemacht.", true), (german!.Brand!.Description, german.Brand.DescriptionInGerman));
        Assert.Equal(("Made by hand since 1921.", false), (english!.Brand!.Description, english.Brand.DescriptionInGerman));
        await using var db = await DbAsync();
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityType == "Brand" && e.EntityId == row.Id.ToString(), Ct);
        Assert.Contains("Seit 1921", entry.AfterJson);
    }

    [Fact]
    public async Task A_new_brand_gets_its_page_and_a_renamed_brand_reaches_the_listing_facets_at_once()
    {
        var created = await Admin.SaveAsync(Merchants.Mara,
            new BrandForm { Name = "Fjordlys", Slug = "fjordlys", Country = "Denmark", Colour = "#1F6F5C", DescriptionEn = "Wind-proof." }, Ct);
        Assert.True(created.Succeeded, created.Error);
        var snapshot = await app.Get<ListingIndex>().SnapshotAsync(Ct);
        var renamed = snapshot.Brands[0];
        var id = (await Admin.ListAsync(Ct)).Single(b => b.Slug == renamed.Slug).Id;
        var form = (await Admin.EditAsync(id, Ct))!;
        form.Name = renamed.Name + " Works";

        var saved = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(saved.Succeeded, saved.Error);
        Assert.Equal("Brand Fjordlys created.", created.Message);
        var brand = await app.Get<ProductBrowser>().BrowseAsync(Brand("fjordlys"), Ct);
        Assert.Equal(("Fjordlys", "Wind-proof."), (brand!.Brand!.Name, brand.Brand.Description));
        Assert.Contains((await app.Get<ListingIndex>().SnapshotAsync(Ct)).Brands, b => b.Name == renamed.Name + " Works");
    }

    [Fact]
    public async Task A_taken_or_malformed_slug_a_bad_colour_and_a_missing_name_are_refused_and_nothing_changes()
    {
        var rows = await Admin.ListAsync(Ct);
        var form = (await Admin.EditAsync(rows[1].Id, Ct))!;
        var original = form.Name;
        (form.Slug, form.Name) = (rows[2].Slug, "");
        await using var db = await DbAsync();
        var audits = await db.Set<AuditEntry>().CountAsync(Ct);

        var taken = await Admin.SaveAsync(Merchants.Mara, form, Ct);
        var malformed = await Admin.SaveAsync(Merchants.Mara, new BrandForm { Name = "X", Slug = "-x-", Country = "Germany", Colour = "red" }, Ct);

        Assert.Equal($"The slug {rows[2].Slug} is already taken.", taken.FieldErrors["Slug"]);
        Assert.Equal("Required.", taken.FieldErrors["Name"]);
        Assert.Equal("Use 1 to 80 lower-case letters, digits and single hyphens (e.g. trail-shoes).", malformed.FieldErrors["Slug"]);
        Assert.True(malformed.FieldErrors.ContainsKey("Colour"));
        Assert.Equal(original, (await Admin.EditAsync(rows[1].Id, Ct))!.Name);
        Assert.Equal(rows.Count, (await Admin.ListAsync(Ct)).Count);
        Assert.Equal(audits, await db.Set<AuditEntry>().CountAsync(Ct));
    }
}
