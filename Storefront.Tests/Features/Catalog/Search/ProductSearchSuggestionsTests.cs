using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog.Search;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.Search;

public sealed class ProductSearchSuggestionsTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private ProductSearchSuggestions Suggestions => app.Get<ProductSearchSuggestions>();

    [Fact]
    public async Task Suggests_products_categories_and_brands_while_typing()
    {
        var jack = await Culture.InCulture("en", () => Suggestions.SuggestAsync("jack", 5, Ct));
        var pfoten = await Culture.InCulture("en", () => Suggestions.SuggestAsync("pfoten", 5, Ct));

        Assert.Equal(5, jack.Products.Count);
        Assert.All(jack.Products, p => Assert.Contains("jacket", p.Name, StringComparison.OrdinalIgnoreCase));
        Assert.All(jack.Products, p => Assert.True(p.Price.Cents > 0 && p.ImagePath.StartsWith("products/", StringComparison.Ordinal)));
        Assert.Equal("product/", jack.Products[0].Url[..8]);
        Assert.Equal([new CategorySuggestion("jackets", "Jackets", "Fashion")], jack.Categories);
        Assert.Equal("c/jackets", jack.Categories[0].Url);
        Assert.Equal([new BrandSuggestion("pfotenglueck", "Pfotenglück")], pfoten.Brands);
        Assert.All(pfoten.Products, p => Assert.Equal("Pfotenglück", p.BrandName));
    }

    [Fact]
    public async Task Suggestions_follow_the_current_language_and_forgive_umlauts_and_typos()
    {
        var german = await Culture.InCulture("de", () => Suggestions.SuggestAsync("Fahrrad", 5, Ct));
        var spelledOut = await Culture.InCulture("de", () => Suggestions.SuggestAsync("fahrraeder", 5, Ct));
        var typo = await Culture.InCulture("de", () => Suggestions.SuggestAsync("Katzenstru", 3, Ct));

        Assert.Contains(new CategorySuggestion("bikes", "Fahrräder", null), german.Categories);
        Assert.Contains(new CategorySuggestion("bike-accessories", "Fahrradzubehör", "Fahrräder"), german.Categories);
        Assert.NotEmpty(german.Products);
        Assert.Equal(new CategorySuggestion("bikes", "Fahrräder", null), Assert.Single(spelledOut.Categories));
        Assert.Equal(new CategorySuggestion("cat-litter", "Katzenstreu", "Alltag"), Assert.Single(typo.Categories));
        Assert.Equal(3, typo.Products.Count);
        Assert.All(typo.Products, p => Assert.Contains("streu", p.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Category_suggestions_prefer_names_matching_more_words()
    {
        var suggestions = await Culture.InCulture("en", () => Suggestions.SuggestAsync("cat litt", 5, Ct));

        Assert.Equal("cat-litter", Assert.Single(suggestions.Categories).Slug);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("j")]
    [InlineData("\"*(")]
    [InlineData("-- ^")]
    public async Task Nothing_is_suggested_for_less_than_two_characters_or_only_syntax(string? input)
    {
        var suggestions = await Suggestions.SuggestAsync(input, 5, Ct);

        Assert.True(suggestions.IsEmpty);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(1000, ProductSearchSuggestions.MaxProducts)]
    public async Task The_number_of_products_is_kept_in_range(int take, int expected)
    {
        var suggestions = await Suggestions.SuggestAsync("shirt", take, Ct);

        Assert.Equal(expected, suggestions.Products.Count);
    }

    [Fact]
    public async Task A_5000_character_input_is_suggested_for_without_failing()
    {
        var suggestions = await Suggestions.SuggestAsync(string.Concat(Enumerable.Repeat("jacket \"*( ", 500)), 5, Ct);

        Assert.NotEmpty(suggestions.Products);
    }

    [Theory]
    [InlineData("jacket")]
    [InlineData("jakcet")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("qqqqzzzzxxxx")]
    public async Task Did_you_mean_stays_silent_when_there_are_results_or_nothing_to_offer(string? query) =>
        Assert.Null(await Suggestions.DidYouMeanAsync(query, Ct));

    [Fact]
    public async Task Did_you_mean_corrects_a_word_with_more_typos_than_the_search_forgives()
    {
        const string query = "jakit";
        Assert.Empty(await MatchAsync(query));

        var suggestion = await Suggestions.DidYouMeanAsync(query, Ct);

        Assert.Equal("jacket", suggestion);
        Assert.NotEmpty(await MatchAsync(suggestion));
    }

    [Fact]
    public async Task Did_you_mean_drops_the_word_that_rules_everything_out_and_writes_it_as_the_shop_does()
    {
        const string query = "fahrraeder kaffee";
        Assert.Empty(await MatchAsync(query));

        var suggestion = await Suggestions.DidYouMeanAsync(query, Ct);

        Assert.Equal("Fahrräder", suggestion);
    }

    private async Task<List<int>> MatchAsync(string? query)
    {
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        return await app.Get<IProductSearchEngine>().Match(db, query).Select(h => h.ProductId).ToListAsync(Ct);
    }
}
