using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Localization;

namespace Storefront.Features.Catalog.Browse;

/// <summary>
/// Category and search listings: filters, facet counts that reflect the other active filters, sorting and paging.
/// Each facet is counted with every active filter except its own, so a shopper sees what choosing it would give.
/// </summary>
public sealed class ProductBrowser(IDbContextFactory<StorefrontDb> dbFactory, ProductTextSearch textSearch, ProductCards cards)
{
    public const int PageSize = 24;

    private enum Group { None, Size, Colour, Brand, Rating, Price, Stock, Sustainable }

    /// <returns>The listing, or null when the category does not exist.</returns>
    public async Task<BrowseResult?> BrowseAsync(BrowseRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = CatalogService.Visible(db.Products);
        CategoryLink? category = null, department = null;
        IReadOnlyList<CategoryLink> subcategories = [];
        if (request.Scope.CategorySlug is { } slug)
        {
            var node = await CategoryNodeAsync(db, slug, ct);
            if (node is null)
            {
                return null;
            }
            (category, department, subcategories) = (node.Category, node.Department, node.Children);
            var ids = node.Children.Select(c => c.Id).Append(node.Category.Id).ToList();
            products = products.Where(p => ids.Contains(p.CategoryId));
        }
        IReadOnlyDictionary<int, double>? ranks = null;
        if (request.Scope.SearchText is { } text)
        {
            ranks = await textSearch.RanksAsync(db, text, ct);
            var matching = ranks.Keys.ToList();
            products = products.Where(p => matching.Contains(p.Id));
        }

        var filter = request.Filter;
        var filtered = Apply(products, filter, Group.None);
        var total = await filtered.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        List<ProductCard> tiles;
        if (total == 0)
        {
            tiles = [];
        }
        else if (ranks is not null && request.Sort == ProductSort.Relevance)
        {
            // Search relevance: order the (few thousand at most) matching ids by the engine's rank, then load one page.
            var ids = await filtered.Select(p => p.Id).ToListAsync(ct);
            var pageIds = ids.OrderByDescending(id => ranks[id]).ThenBy(id => id).Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var unordered = await cards.ProjectAsync(filtered.Where(p => pageIds.Contains(p.Id)), ct);
            tiles = unordered.OrderBy(c => pageIds.IndexOf(c.Id)).ToList();
        }
        else
        {
            tiles = await cards.ProjectAsync(Order(filtered, request.Sort).Skip((page - 1) * PageSize).Take(PageSize), ct);
        }
        var facets = await FacetsAsync(db, products, filter, ct);
        return new BrowseResult(request with { Page = page }, category, department, subcategories, tiles, facets, total, page, pageCount);
    }

    private static IQueryable<Product> Apply(IQueryable<Product> products, ProductFilter f, Group except)
    {
        products = ProductLevel(products, f, except);
        if (Variants(f, except) is { } variantMatches)
        {
            products = products.Where(p => p.Variants.AsQueryable().Any(variantMatches));
        }
        return products;
    }

    private static IQueryable<Product> ProductLevel(IQueryable<Product> products, ProductFilter f, Group except)
    {
        if (except != Group.Brand && f.Brands.Count > 0)
        {
            var brands = f.Brands;
            products = products.Where(p => brands.Contains(p.Brand!.Slug));
        }
        if (except != Group.Rating && f.MinRating is { } rating)
        {
            products = products.Where(p => p.RatingAverage >= rating);
        }
        if (except != Group.Sustainable && f.SustainableOnly)
        {
            products = products.Where(p => p.IsSustainable);
        }
        return products;
    }

    /// <summary>The condition one variant must meet (size, colour, price and stock hold for the same variant), or null for none.</summary>
    private static Expression<Func<Variant, bool>>? Variants(ProductFilter f, Group except)
    {
        var sizes = except == Group.Size ? [] : f.Sizes;
        var colours = except == Group.Colour ? [] : f.Colours;
        var (min, max) = except == Group.Price ? (null, null) : (f.MinCents, f.MaxCents);
        var stockOnly = except != Group.Stock && f.InStockOnly;
        if (sizes.Count == 0 && colours.Count == 0 && min is null && max is null && !stockOnly)
        {
            return null;
        }
        var anySize = sizes.Count == 0;
        var anyColour = colours.Count == 0;
        return v => (anySize || sizes.Contains(v.Size)) && (anyColour || colours.Contains(v.ColourEn))
            && (min == null || v.PriceCents >= min) && (max == null || v.PriceCents <= max) && (!stockOnly || v.Stock > 0);
    }

    private static IQueryable<Product> Order(IQueryable<Product> products, ProductSort sort)
    {
        return sort switch
        {
            ProductSort.Newest => products.OrderByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id),
            ProductSort.PriceAscending => products.OrderBy(p => p.Variants.Min(v => v.PriceCents)).ThenBy(p => p.Id),
            ProductSort.PriceDescending => products.OrderByDescending(p => p.Variants.Min(v => v.PriceCents)).ThenBy(p => p.Id),
            ProductSort.Rating => products.OrderByDescending(p => p.RatingAverage ?? 0).ThenByDescending(p => p.ReviewCount).ThenBy(p => p.Id),
            ProductSort.Bestselling => products.OrderByDescending(p => p.UnitsSold90Days).ThenBy(p => p.Id),
            // Relevance in a category: popularity, then novelty (searches order by the engine's rank above).
            _ => products.OrderByDescending(p => p.UnitsSold90Days).ThenByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id),
        };
    }

    private static async Task<Facets> FacetsAsync(StorefrontDb db, IQueryable<Product> scope, ProductFilter f, CancellationToken ct)
    {
        var sizes = await VariantFacet(db, scope, f, Group.Size)
            .GroupBy(v => v.Size)
            .Select(g => new { Key = g.Key, Count = g.Select(v => v.ProductId).Distinct().Count() })
            .ToListAsync(ct);
        var colours = await VariantFacet(db, scope, f, Group.Colour)
            .GroupBy(v => v.ColourEn)
            .Select(g => new { Key = g.Key, De = g.Max(v => v.ColourDe), Hex = g.Max(v => v.ColourHex), Count = g.Select(v => v.ProductId).Distinct().Count() })
            .ToListAsync(ct);
        var brands = await Apply(scope, f, Group.Brand)
            .GroupBy(p => new { p.Brand!.Slug, p.Brand.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .ToListAsync(ct);
        var ratings = await Apply(scope, f, Group.Rating)
            .Select(p => p.RatingAverage ?? 0)
            .GroupBy(_ => 1)
            .Select(g => new { Four = g.Count(a => a >= 4), Three = g.Count(a => a >= 3), Two = g.Count(a => a >= 2), One = g.Count(a => a >= 1) })
            .SingleOrDefaultAsync(ct);
        var inStock = await Apply(scope, f with { InStockOnly = true }, Group.None).CountAsync(ct);
        var sustainable = await Apply(scope, f with { SustainableOnly = true }, Group.None).CountAsync(ct);
        var prices = await VariantFacet(db, scope, f, Group.Price)
            .GroupBy(_ => 1)
            .Select(g => new { Min = g.Min(v => v.PriceCents), Max = g.Max(v => v.PriceCents) })
            .SingleOrDefaultAsync(ct);

        return new Facets(
            sizes.OrderBy(s => SizeOrder.Key(s.Key)).Select(s => new FacetValue(s.Key, s.Key, s.Count, f.Sizes.Contains(s.Key))).ToList(),
            colours.OrderByDescending(c => c.Count).ThenBy(c => c.Key)
                .Select(c => new FacetValue(c.Key, Cultures.Pick(c.Key, c.De ?? c.Key), c.Count, f.Colours.Contains(c.Key), c.Hex)).ToList(),
            brands.OrderBy(b => b.Name).Select(b => new FacetValue(b.Slug, b.Name, b.Count, f.Brands.Contains(b.Slug))).ToList(),
            ratings is null ? [] :
            [
                new("4", "4", ratings.Four, f.MinRating == 4), new("3", "3", ratings.Three, f.MinRating == 3),
                new("2", "2", ratings.Two, f.MinRating == 2), new("1", "1", ratings.One, f.MinRating == 1),
            ],
            inStock, sustainable,
            prices is null ? null : new PriceRange(prices.Min, prices.Max));
    }

    /// <summary>Variants that count for a variant-level facet: of products passing the product-level filters, meeting the other variant filters.</summary>
    private static IQueryable<Variant> VariantFacet(StorefrontDb db, IQueryable<Product> scope, ProductFilter f, Group group)
    {
        var productIds = ProductLevel(scope, f, group).Select(p => p.Id);
        var variants = db.Variants.AsNoTracking().Where(v => productIds.Contains(v.ProductId));
        return Variants(f, group) is { } condition ? variants.Where(condition) : variants;
    }

    private sealed record CategoryNode(CategoryLink Category, CategoryLink? Department, IReadOnlyList<CategoryLink> Children);

    private static async Task<CategoryNode?> CategoryNodeAsync(StorefrontDb db, string slug, CancellationToken ct)
    {
        var c = await db.Categories.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id, c.Slug, c.NameEn, c.NameDe,
                Parent = c.Parent == null ? null : new { c.Parent.Id, c.Parent.Slug, c.Parent.NameEn, c.Parent.NameDe },
                Children = c.Children.OrderBy(x => x.SortOrder).Select(x => new { x.Id, x.Slug, x.NameEn, x.NameDe }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return c is null ? null : new CategoryNode(
            new CategoryLink(c.Id, c.Slug, Cultures.Pick(c.NameEn, c.NameDe)),
            c.Parent is null ? null : new CategoryLink(c.Parent.Id, c.Parent.Slug, Cultures.Pick(c.Parent.NameEn, c.Parent.NameDe)),
            c.Children.Select(x => new CategoryLink(x.Id, x.Slug, Cultures.Pick(x.NameEn, x.NameDe))).ToList());
    }
}
