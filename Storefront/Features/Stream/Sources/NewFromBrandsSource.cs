namespace Storefront.Features.Stream.Sources;

/// <summary>New arrivals (the last <see cref="NewForDays"/> days) of brands the shopper follows or has bought from at least twice.</summary>
public sealed class NewFromBrandsSource : IStreamCandidateSource
{
    public const int NewForDays = 30;
    public const int MinBrandPurchases = 2;

    public StreamCardKind Kind => StreamCardKind.NewFromBrand;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var bought = snapshot.Purchases
            .Where(p => snapshot.Product(p.ProductId) is not null)
            .GroupBy(p => snapshot.Product(p.ProductId)!.BrandId)
            .Where(g => g.Select(p => p.ProductId).Distinct().Count() >= MinBrandPurchases)
            .ToDictionary(g => g.Key, g => g.Max(p => p.AtUtc));
        var since = snapshot.NowUtc.AddDays(-NewForDays);
        foreach (var product in snapshot.Products.Values.OrderBy(p => p.Id))
        {
            if (product.CreatedAtUtc < since || product.CreatedAtUtc > snapshot.NowUtc || !product.InStock
                || snapshot.PurchasedProducts.Contains(product.Id))
            {
                continue;
            }
            var freshness = 0.5 + 0.5 * (1 - (snapshot.NowUtc - product.CreatedAtUtc).TotalDays / NewForDays);
            if (snapshot.FavouriteBrands.ContainsKey(product.BrandId))
            {
                // The arrival is the news, so its date is the signal's date.
                yield return new StreamCandidate(Kind, product.Id, freshness, product.CreatedAtUtc,
                    new StreamReason("WhyNewFromFavouriteBrand", product.BrandName, product.BrandName));
            }
            else if (bought.ContainsKey(product.BrandId))
            {
                yield return new StreamCandidate(Kind, product.Id, 0.8 * freshness, product.CreatedAtUtc,
                    new StreamReason("WhyNewFromBoughtBrand", product.BrandName, product.BrandName));
            }
        }
    }
}
