using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class FitProfilesTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private FitProfiles Profiles => app.Get<FitProfiles>();
    private static string NewVisitor() => $"a:{Guid.NewGuid():N}";
    private static string NewAccount() => $"u:{Guid.NewGuid()}";

    private static FitForm Everything => new()
    {
        Height = "178", Weight = "75", Chest = "98", Waist = "86", Hip = "100", FootLength = "26.5", Inseam = "84",
        Preference = FitPreference.Slim, Style = RidingStyle.Gravel,
    };

    [Fact]
    public async Task Saves_reads_replaces_and_deletes_a_profile()
    {
        var owner = NewVisitor();

        Assert.True((await Profiles.SaveAsync(owner, Everything, Ct)).Succeeded);
        var saved = await Profiles.GetAsync(owner, Ct);
        Assert.Equal((1780, 75.0, 980, 265, 840, FitPreference.Slim, RidingStyle.Gravel),
            (saved!.HeightMm, saved.WeightKg, saved.ChestMm, saved.FootLengthMm, saved.InseamMm, saved.Preference, saved.Style));

        Assert.True((await Profiles.SaveAsync(owner, new FitForm { FootLength = "27" }, Ct)).Succeeded);
        var replaced = await Profiles.GetAsync(owner, Ct);
        Assert.Equal((null, 270), (replaced!.HeightMm, replaced.FootLengthMm));

        Assert.True(await Profiles.DeleteAsync(owner, Ct));
        Assert.Null(await Profiles.GetAsync(owner, Ct));
    }

    [Fact]
    public async Task Bad_measurements_save_nothing()
    {
        var owner = NewVisitor();

        var result = await Profiles.SaveAsync(owner, new FitForm { Height = "180", Inseam = "190" }, Ct);

        Assert.False(result.Succeeded);
        Assert.True(result.Errors.ContainsKey(FitField.Inseam));
        Assert.Null(await Profiles.GetAsync(owner, Ct));
    }

    [Fact]
    public async Task Moves_the_anonymous_fit_profile_and_notify_requests_into_the_account_at_sign_in()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        await Profiles.SaveAsync(account, new FitForm { FootLength = "25" }, Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await Profiles.SaveAsync(visitor, Everything, Ct);
        var soldOut = await SoldOutVariantAsync();
        Assert.True((await app.Get<BackInStockRequests>().RequestAsync(visitor, soldOut, Ct)).Succeeded);

        await app.Get<ShopperMerge>().MergeAsync(visitor, account, Ct);

        Assert.Equal(265, (await Profiles.GetAsync(account, Ct))!.FootLengthMm);
        Assert.Null(await Profiles.GetAsync(visitor, Ct));
        Assert.Equal(soldOut, Assert.Single(await app.Get<BackInStockRequests>().OpenAsync(account, Ct)).VariantId);
        Assert.Empty(await app.Get<BackInStockRequests>().OpenAsync(visitor, Ct));
    }

    [Fact]
    public async Task An_older_anonymous_profile_does_not_overwrite_the_account_one()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        await Profiles.SaveAsync(visitor, new FitForm { FootLength = "25" }, Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await Profiles.SaveAsync(account, Everything, Ct);

        await app.Get<ShopperMerge>().MergeAsync(visitor, account, Ct);

        Assert.Equal(265, (await Profiles.GetAsync(account, Ct))!.FootLengthMm);
        Assert.Null(await Profiles.GetAsync(visitor, Ct));
    }

    [Fact]
    public async Task Your_size_for_a_page_of_products_costs_three_queries_however_many_products()
    {
        var owner = NewVisitor();
        await Profiles.SaveAsync(owner, Everything, Ct);
        var db = app.Get<StorefrontDb>();
        var sized = await db.Products.AsNoTracking().Where(p => p.Category!.SizeKind != Storefront.Features.Catalog.SizeKind.None)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(48).ToListAsync(Ct);
        var unsized = await db.Products.AsNoTracking().Where(p => p.Category!.SizeKind == Storefront.Features.Catalog.SizeKind.None)
            .Select(p => p.Id).FirstAsync(Ct);

        using var sql = SqlCommandCounter.Start();
        var sizes = await Profiles.SizesForProductsAsync(owner, [.. sized, unsized], Ct);

        Assert.Equal(3, sql.Count);
        Assert.Equal(sized.Count, sizes.Count);
        Assert.False(sizes.ContainsKey(unsized));
    }

    [Fact]
    public async Task Without_a_profile_there_are_no_sizes_and_only_one_query()
    {
        using var sql = SqlCommandCounter.Start();

        var sizes = await Profiles.SizesForProductsAsync(NewVisitor(), [1, 2, 3], Ct);

        Assert.Empty(sizes);
        Assert.Equal(1, sql.Count);
    }

    [Fact]
    public async Task Sizes_for_a_category_list_one_size_per_brand_with_a_chart()
    {
        var owner = NewVisitor();
        await Profiles.SaveAsync(owner, Everything, Ct);
        var gravel = await app.Get<StorefrontDb>().Categories.AsNoTracking().Where(c => c.Slug == "gravel-bikes").Select(c => c.Id).FirstAsync(Ct);

        var sizes = await Profiles.SizesForCategoryAsync(owner, gravel, Ct);

        Assert.Equal(["Gamsgrat Cycles", "Kettenwerk", "Velora"], sizes.Select(s => s.BrandName));
        Assert.All(sizes, s => Assert.EndsWith(" cm", s.Size));
    }

    private async Task<int> SoldOutVariantAsync()
    {
        var db = app.Get<StorefrontDb>();
        var variant = await db.Variants.Where(v => v.Stock == 0 && !v.Product!.IsArchived).OrderBy(v => v.Id).FirstOrDefaultAsync(Ct)
            ?? await db.Variants.OrderBy(v => v.Id).FirstAsync(Ct);
        if (variant.Stock > 0)
        {
            variant.Stock = 0;
            await db.SaveChangesAsync(Ct);
        }
        return variant.Id;
    }
}
