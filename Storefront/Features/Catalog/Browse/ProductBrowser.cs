using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Localization;

namespace Storefront.Features.Catalog.Browse;

/// <summary>
/// Category and search listings: filters, facet counts that reflect the other active filters, sorting and paging.
/// Filtering and counting run in memory over the <see cref="ListingIndex"/> snapshot; the database is asked for the
/// category, the search matches and the page's tiles.
/// </summary>
public sealed class ProductBrowser(
    IDbContextFactory<StorefrontDb> dbFactory, ListingIndex index, ProductTextSearch textSearch, ProductCards cards, MembersEarlyAccess earlyAccess)
{
    public const int PageSize = 24;

    /// <returns>The listing, or null when the category or brand does not exist.</returns>
    public async Task<BrowseResult?> BrowseAsync(BrowseRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var snapshot = await index.SnapshotAsync(ct);
        IEnumerable<int> scope = Enumerable.Range(0, snapshot.ProductCount);
        if (!earlyAccess.IsMember && snapshot.MembersEarlyUntilTicks.Length == snapshot.ProductCount)
        {
            // Members' early access: visitors don't see these products until it ends.
            var nowTicks = earlyAccess.NowUtc.Ticks;
            scope = scope.Where(p => snapshot.MembersEarlyUntilTicks[p] <= nowTicks);
        }
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
            var ids = node.Children.Select(c => c.Id).Append(node.Category.Id).ToHashSet();
            scope = scope.Where(p => ids.Contains(snapshot.CategoryIds[p]));
        }
        BrandDetails? brand = null;
        if (request.Scope.BrandSlug is { } brandSlug)
        {
            brand = await BrandAsync(db, brandSlug, ct);
            if (brand is null)
            {
                return null;
            }
            var ordinal = Array.FindIndex(snapshot.Brands, b => b.Slug == brandSlug);
            scope = scope.Where(p => snapshot.BrandOrdinals[p] == ordinal);
        }
        IReadOnlyDictionary<int, double>? ranks = null;
        if (request.Scope.SearchText is { } text)
        {
            ranks = await textSearch.RanksAsync(db, text, ct);
            var matching = ranks.Keys.Select(snapshot.OrdinalOf).Where(p => p >= 0).ToHashSet();
            scope = scope.Where(matching.Contains);
        }

        var listing = ListingEvaluator.Evaluate(snapshot, scope, request, ranks, (en, de) => Cultures.Pick(en, de));
        var facets = brand is null ? listing.Facets : listing.Facets with { Brands = [] };
        var pageIds = listing.PageProductIds;
        var tiles = pageIds.Count == 0 ? [] : await cards.ProjectAsync(CatalogService.Visible(db.Products).Where(p => pageIds.Contains(p.Id)), ct);
        var ordered = tiles.OrderBy(c => IndexOf(pageIds, c.Id)).ToList();
        return new BrowseResult(
            request with { Page = listing.Page }, brand, category, department, subcategories, ordered, facets, listing.Total, listing.Page, listing.PageCount);
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id) return i;
        }
        return int.MaxValue;
    }

    private static async Task<BrandDetails?> BrandAsync(StorefrontDb db, string slug, CancellationToken ct)
    {
        var b = await db.Brands.AsNoTracking().Where(b => b.Slug == slug)
            .Select(b => new { b.Id, b.Slug, b.Name, b.Country, b.Description, b.DescriptionDe })
            .FirstOrDefaultAsync(ct);
        return b is null ? null : Cultures.IsGerman && b.DescriptionDe is { Length: > 0 } german
            ? new BrandDetails(b.Id, b.Slug, b.Name, Countries.DisplayName(b.Country), german, DescriptionInGerman: true)
            : new BrandDetails(b.Id, b.Slug, b.Name, Countries.DisplayName(b.Country), b.Description);
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
