using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog.Search;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.Search;

public sealed class ProductSearchEngineTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private IProductSearchEngine Engine => app.Get<IProductSearchEngine>();

    [Theory]
    [InlineData("jacket")]
    [InlineData("Jacken")]
    [InlineData("JACKETS")]
    [InlineData("jAcKe")]
    public async Task Finds_every_jacket_by_english_or_german_word_in_any_case(string query)
    {
        var jackets = await ProductsInCategoryAsync("jackets");

        var found = await SearchAsync(query);

        Assert.Superset(jackets, found.ToHashSet());
    }

    [Fact]
    public async Task Case_does_not_change_the_result()
    {
        var lower = await SearchAsync("merino wool");

        Assert.NotEmpty(lower);
        Assert.Equal(lower, await SearchAsync("MERINO WOOL"));
        Assert.Equal(lower, await SearchAsync("Merino Wool"));
    }

    [Theory]
    [InlineData("Fahrräder")]
    [InlineData("fahrraeder")]
    [InlineData("fahrrader")]
    [InlineData("FAHRRÄDER")]
    public async Task Umlauts_match_written_as_umlaut_as_ae_or_as_plain_vowel(string query)
    {
        var bikes = await ProductsInCategoryAsync("bikes");

        var found = await SearchAsync(query);

        Assert.Equal(bikes.Order(), found.Order());
    }

    [Fact]
    public async Task Eszett_and_ue_spellings_find_the_same_products()
    {
        var withUmlaut = await SearchAsync("Süßkartoffel");

        Assert.NotEmpty(withUmlaut);
        Assert.Equal(withUmlaut, await SearchAsync("suesskartoffel"));
        Assert.Equal(withUmlaut, await SearchAsync("susskartoffel"));
        Assert.Equal(withUmlaut, await SearchAsync("SÜSSKARTOFFEL"));
    }

    [Theory]
    [InlineData("jakcet", "jacket")]
    [InlineData("fahrad", "fahrrad")]
    [InlineData("katzenstru", "katzenstreu")]
    [InlineData("sneakrs", "sneakers")]
    [InlineData("Pfotengluck", "Pfotenglück")]
    public async Task Small_typos_find_what_the_right_spelling_finds(string typo, string spelling)
    {
        var expected = await SearchAsync(spelling);

        var found = await SearchAsync(typo);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public async Task Fahrrad_with_a_typo_finds_bikes_and_bike_accessories()
    {
        var found = (await SearchAsync("fahrad")).ToHashSet();

        Assert.Superset((await ProductsInCategoryAsync("bikes")).ToHashSet(), found);
    }

    [Fact]
    public async Task A_word_finds_german_compounds_ending_in_it()
    {
        var litter = await ProductsInCategoryAsync("cat-litter");

        var found = await SearchAsync("streu");

        Assert.Equal(litter.Order(), found.Order());
    }

    [Fact]
    public async Task The_last_word_matches_as_a_beginning_while_typing()
    {
        var jackets = await ProductsInCategoryAsync("jackets");

        Assert.Superset(jackets, (await SearchAsync("jack")).ToHashSet());
        Assert.Superset(jackets, (await SearchAsync("waterproof jack")).ToHashSet().Union(jackets).ToHashSet());
        Assert.NotEmpty(await SearchAsync("waterproof jack"));
    }

    [Fact]
    public async Task A_brand_name_finds_the_brands_products_first()
    {
        await using var db = await NewDbAsync();
        var brand = await db.Brands.AsNoTracking().SingleAsync(b => b.Slug == "pfotenglueck", Ct);
        var brandProducts = await db.Products.AsNoTracking().Where(p => p.BrandId == brand.Id && !p.IsArchived).Select(p => p.Id).ToListAsync(Ct);

        var found = await SearchAsync("pfotenglück");

        Assert.NotEmpty(brandProducts);
        Assert.Equal(brandProducts.Order(), found.Take(brandProducts.Count).Order());
    }

    [Fact]
    public async Task Every_word_must_match_and_category_words_count()
    {
        var catLitter = await ProductsInCategoryAsync("cat-litter");

        var found = await SearchAsync("cat litter");
        var german = await SearchAsync("Katzenstreu");

        Assert.Superset(catLitter, found.ToHashSet());
        Assert.Equal(catLitter.Order(), german.Order());
        Assert.True(found.Count < (await SearchAsync("cat")).Count);
    }

    [Fact]
    public async Task Names_rank_above_descriptions()
    {
        // "jacket" is in the names of jackets but also in the description of the wool overshirt ("works as a light jacket").
        await using var db = await NewDbAsync();
        var named = await db.Products.AsNoTracking().Where(p => p.NameEn.Contains("jacket")).Select(p => p.Id).ToListAsync(Ct);

        var found = await SearchAsync("jacket");

        Assert.Equal(named.Order(), found.Take(named.Count).Order());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("'")]
    [InlineData("NEAR")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("--")]
    [InlineData("(")]
    [InlineData(":")]
    [InlineData("^")]
    [InlineData("\"\"*)(:^-")]
    [InlineData("'; DROP TABLE Products; --")]
    [InlineData("name:jacket")]
    [InlineData("NEAR(jacket bike)")]
    [InlineData("jacket OR bike")]
    [InlineData("jacket NOT bike")]
    [InlineData("\"jacket")]
    [InlineData("jacket*")]
    [InlineData("^jacket")]
    [InlineData("(jacket")]
    [InlineData("jacket -- x")]
    public async Task Search_syntax_is_read_as_plain_words(string query)
    {
        var all = await ProductsInCategoryAsync(null);
        var jacket = (await SearchAsync("jacket")).ToHashSet();

        var found = await SearchAsync(query);

        Assert.True(found.Count < all.Count, $"'{query}' matched everything");
        if (query.Contains("jacket", StringComparison.Ordinal))
        {
            Assert.Superset(found.ToHashSet(), jacket);
        }
    }

    [Fact]
    public async Task A_query_of_5000_characters_is_cut_short_without_failing()
    {
        var jacket = await SearchAsync("jacket");
        var repeated = string.Join(' ', Enumerable.Repeat("jacket", 800))[..5000];
        var junk = string.Concat(Enumerable.Range(0, 5000).Select(i => "\"*'():^-ab NEAR OR"[i % 18]));

        Assert.Equal(jacket, await SearchAsync(repeated));
        Assert.Empty(await SearchAsync(new string('x', 5000)));
        Assert.True((await SearchAsync(junk)).Count < (await ProductsInCategoryAsync(null)).Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** --- ()")]
    public async Task An_empty_query_matches_nothing(string? query) => Assert.Empty(await SearchAsync(query));

    [Fact]
    public async Task An_unknown_word_matches_nothing() => Assert.Empty(await SearchAsync("qqzzxx"));

    [Fact]
    public async Task Matches_compose_with_product_queries_into_one_sql_statement()
    {
        await using var db = await NewDbAsync();
        var hits = Engine.Match(db, "jacket");
        var query = db.Products.AsNoTracking()
            .Where(p => hits.Select(h => h.ProductId).Contains(p.Id) && p.Variants.Any(v => v.Stock > 0))
            .OrderByDescending(p => hits.Where(h => h.ProductId == p.Id).Select(h => h.Rank).FirstOrDefault())
            .Select(p => p.Id);

        var sql = query.ToQueryString();
        var ids = await query.ToListAsync(Ct);

        Assert.Contains("MATCH", sql);
        Assert.Contains("\"Products\"", sql);
        Assert.NotEmpty(ids);
        Assert.Subset((await SearchAsync("jacket")).ToHashSet(), ids.ToHashSet());
    }

    /// <summary>Product ids for a query, best first, as the lead's pages would join them.</summary>
    private async Task<List<int>> SearchAsync(string? query)
    {
        await using var db = await NewDbAsync();
        return await (
                from p in db.Products.AsNoTracking()
                join h in Engine.Match(db, query!) on p.Id equals h.ProductId
                where !p.IsArchived
                orderby h.Rank descending, p.Id
                select p.Id)
            .ToListAsync(Ct);
    }

    private async Task<HashSet<int>> ProductsInCategoryAsync(string? slug)
    {
        await using var db = await NewDbAsync();
        return (await db.Products.AsNoTracking()
                .Where(p => !p.IsArchived && (slug == null || p.Category!.Slug == slug || p.Category.Parent!.Slug == slug))
                .Select(p => p.Id)
                .ToListAsync(Ct))
            .ToHashSet();
    }

    private Task<StorefrontDb> NewDbAsync() => app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
}
