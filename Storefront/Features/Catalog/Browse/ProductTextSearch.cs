using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Catalog.Browse;

/// <summary>
/// Narrows a listing to the products matching a shopper's search words and orders them by relevance.
/// Every word must match a product, brand or category name in either language.
/// </summary>
public sealed class ProductTextSearch
{
    public const int MaxQueryLength = 100;
    private const int MaxWords = 5;

    public static string Normalise(string? query)
    {
        var q = (query ?? "").Trim();
        return q.Length > MaxQueryLength ? q[..MaxQueryLength] : q;
    }

    public IQueryable<Product> Match(StorefrontDb db, IQueryable<Product> products, string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return products.Where(_ => false);
        }
        foreach (var word in words)
        {
            var pattern = $"%{EscapeLike(word)}%";
            products = products.Where(p =>
                EF.Functions.Like(p.NameEn, pattern, "\\") || EF.Functions.Like(p.NameDe, pattern, "\\") ||
                EF.Functions.Like(p.Brand!.Name, pattern, "\\") ||
                EF.Functions.Like(p.Category!.NameEn, pattern, "\\") || EF.Functions.Like(p.Category.NameDe, pattern, "\\"));
        }
        return products;
    }

    public IOrderedQueryable<Product> OrderByRelevance(StorefrontDb db, IQueryable<Product> products, string text) =>
        products.OrderByDescending(p => p.ReviewCount).ThenBy(p => p.Id);

    private static List<string> Words(string text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxWords).ToList();

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
