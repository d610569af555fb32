using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog.Search;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.Search;

/// <summary>Keeping the index up to date; changes products, so it has a database of its own.</summary>
public sealed class ProductSearchIndexTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private IProductSearchEngine Engine => app.Get<IProductSearchEngine>();

    [Fact]
    public async Task A_renamed_product_is_found_by_its_new_name_once_indexed()
    {
        const int productId = 7;
        await UpdateAsync(productId, p => p.NameEn = "Zanzibar explorer parka");
        Assert.DoesNotContain(productId, await SearchAsync("zanzibar"));

        await Engine.IndexProductAsync(productId, Ct);

        Assert.Equal([productId], await SearchAsync("zanzibar"));
        Assert.Equal([productId], await SearchAsync("zanzibra explorer"));
    }

    [Fact]
    public async Task An_archived_product_leaves_the_index()
    {
        const int productId = 11;
        var slugWords = (await NameAsync(productId)).Split(' ');
        Assert.Contains(productId, await SearchAsync(string.Join(' ', slugWords)));

        await UpdateAsync(productId, p => p.IsArchived = true);
        await Engine.IndexProductAsync(productId, Ct);

        await using var db = await NewDbAsync();
        Assert.DoesNotContain(productId, await Engine.Match(db, string.Join(' ', slugWords)).Select(h => h.ProductId).ToListAsync(Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task Indexing_an_unknown_product_does_nothing(int productId) => await Engine.IndexProductAsync(productId, Ct);

    [Fact]
    public async Task Start_up_rebuilds_an_index_that_lost_products_and_leaves_a_complete_one_alone()
    {
        const int productId = 15;
        var name = await NameAsync(productId);
        await using (var db = await NewDbAsync())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM ProductSearch WHERE rowid = {productId}", Ct);
        }
        Assert.DoesNotContain(productId, await SearchAsync(name));

        Assert.True(await Engine.EnsureIndexAsync(Ct));
        Assert.False(await Engine.EnsureIndexAsync(Ct));

        Assert.Contains(productId, await SearchAsync(name));
    }

    [Fact]
    public async Task A_rebuild_indexes_every_visible_product()
    {
        await using var db = await NewDbAsync();
        var visible = await db.Products.CountAsync(p => !p.IsArchived, Ct);

        Assert.Equal(visible, await Engine.RebuildAsync(Ct));
        Assert.Equal(visible, await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ProductSearch").SingleAsync(Ct));
    }

    private async Task<List<int>> SearchAsync(string query)
    {
        await using var db = await NewDbAsync();
        return await (
                from p in db.Products.AsNoTracking()
                join h in Engine.Match(db, query) on p.Id equals h.ProductId
                where !p.IsArchived
                select p.Id)
            .ToListAsync(Ct);
    }

    private async Task<string> NameAsync(int productId)
    {
        await using var db = await NewDbAsync();
        return await db.Products.Where(p => p.Id == productId).Select(p => p.NameEn).SingleAsync(Ct);
    }

    private async Task UpdateAsync(int productId, Action<Storefront.Features.Catalog.Product> change)
    {
        await using var db = await NewDbAsync();
        var product = await db.Products.SingleAsync(p => p.Id == productId, Ct);
        change(product);
        await db.SaveChangesAsync(Ct);
    }

    private Task<StorefrontDb> NewDbAsync() => app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
}
