using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Catalog.Search;

/// <summary>The words of one product that the search index holds, in both languages.</summary>
internal sealed record ProductTexts(
    int Id,
    string NameEn,
    string NameDe,
    string Brand,
    string CategoryEn,
    string CategoryDe,
    string? DepartmentEn,
    string? DepartmentDe,
    string MaterialEn,
    string MaterialDe,
    string DescriptionEn,
    string DescriptionDe)
{
    public IReadOnlyList<string> Colours { get; init; } = [];

    /// <summary>Folded text per index column, in the order of <see cref="SqliteProductSearchEngine.Columns"/> ("parts" is filled by the engine).</summary>
    public string[] Columns() =>
    [
        SearchNormalizer.IndexText(NameEn, NameDe),
        SearchNormalizer.IndexText(Brand),
        SearchNormalizer.IndexText(CategoryEn, CategoryDe, DepartmentEn, DepartmentDe),
        "",
        SearchNormalizer.IndexText([.. Colours]),
        SearchNormalizer.IndexText(MaterialEn, MaterialDe),
        SearchNormalizer.IndexText(DescriptionEn, DescriptionDe),
    ];

    /// <summary>The visible products' texts (or one product's, if it is visible), in two queries.</summary>
    public static async Task<List<ProductTexts>> LoadAsync(StorefrontDb db, int? productId, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking().Where(p => !p.IsArchived);
        var variants = db.Variants.AsNoTracking().Where(v => !v.Product!.IsArchived);
        if (productId is { } id)
        {
            products = products.Where(p => p.Id == id);
            variants = variants.Where(v => v.ProductId == id);
        }
        var texts = await products
            .OrderBy(p => p.Id)
            .Select(p => new ProductTexts(
                p.Id, p.NameEn, p.NameDe, p.Brand!.Name, p.Category!.NameEn, p.Category.NameDe,
                p.Category.Parent != null ? p.Category.Parent.NameEn : null,
                p.Category.Parent != null ? p.Category.Parent.NameDe : null,
                p.MaterialEn, p.MaterialDe, p.DescriptionEn, p.DescriptionDe))
            .ToListAsync(ct);
        var colours = (await variants.Select(v => new { v.ProductId, v.ColourEn, v.ColourDe }).Distinct().ToListAsync(ct))
            .ToLookup(v => v.ProductId);
        return texts
            .Select(t => t with { Colours = colours[t.Id].SelectMany(c => new[] { c.ColourEn, c.ColourDe }).Distinct().ToList() })
            .ToList();
    }
}
