namespace Storefront.Features.Stream;

/// <summary>
/// What the shopper's own behaviour says they like, learnt from the snapshot alone (pure, deterministic for a given
/// snapshot): how much of their interest goes to a product's category and brand, and which price level they buy at.
/// Signals count by strength (a purchase 3, a favourite 3, a cart add 2, a view 1) and fade with age
/// (e^(−age/<see cref="FadeDays"/>)), so last month's hobby counts more than last winter's.
/// </summary>
public sealed class ShopperTaste
{
    public const double FadeDays = 45;
    /// <summary>Spread of the price fit on a log scale: 0.5 means twice or half the usual price still fits about 40 %.</summary>
    public const double PriceSpread = 0.5;

    private readonly Dictionary<int, double> categories = [];
    private readonly Dictionary<int, double> brands = [];
    private readonly Dictionary<int, double> departments = [];
    private readonly Dictionary<int, (double Weight, double LogPrice)> prices = [];
    private readonly double topCategory, topBrand, topDepartment;

    public ShopperTaste(ShopperSnapshot snapshot)
    {
        var now = snapshot.NowUtc;
        foreach (var line in snapshot.Purchases)
        {
            Add(snapshot.Product(line.ProductId), 3, line.AtUtc, now);
        }
        foreach (var signal in snapshot.Signals)
        {
            Add(snapshot.Product(signal.ProductId), signal.Kind == SignalKind.AddedToCart ? 2 : 1, signal.AtUtc, now);
        }
        foreach (var (productId, at) in snapshot.FavouriteProducts)
        {
            Add(snapshot.Product(productId), 3, at, now);
        }
        foreach (var (brandId, at) in snapshot.FavouriteBrands)
        {
            brands[brandId] = brands.GetValueOrDefault(brandId) + 3 * Fade(at, now);
        }
        topCategory = categories.Count == 0 ? 0 : categories.Values.Max();
        topBrand = brands.Count == 0 ? 0 : brands.Values.Max();
        topDepartment = departments.Count == 0 ? 0 : departments.Values.Max();
    }

    /// <summary>The faded weight of everything the taste is learnt from (a purchase counts 3, a view 1).</summary>
    public double Evidence { get; private set; }

    /// <summary>
    /// 0..1: how far to trust the taste over plain popularity. A couple of orders say little; months of browsing say a
    /// lot. Half trust at <see cref="HalfTrustEvidence"/>.
    /// </summary>
    public double Confidence => Evidence / (Evidence + HalfTrustEvidence);

    public const double HalfTrustEvidence = 20;

    /// <summary>0..1, relative to the shopper's strongest category.</summary>
    public double Category(int categoryId) => topCategory == 0 ? 0 : categories.GetValueOrDefault(categoryId) / topCategory;

    /// <summary>0..1, relative to the shopper's strongest brand.</summary>
    public double Brand(int brandId) => topBrand == 0 ? 0 : brands.GetValueOrDefault(brandId) / topBrand;

    /// <summary>0..1, relative to the shopper's strongest department.</summary>
    public double Department(int departmentId) => topDepartment == 0 ? 0 : departments.GetValueOrDefault(departmentId) / topDepartment;

    /// <summary>
    /// 0..1: how close the price is to what the shopper usually looks at and buys in that category (1 when the category
    /// is new to them: no evidence either way).
    /// </summary>
    public double PriceFit(ProductFact product)
    {
        if (!prices.TryGetValue(product.CategoryId, out var seen) || seen.Weight == 0 || product.PriceCents <= 0)
        {
            return 1;
        }
        var distance = Math.Log(product.PriceCents) - seen.LogPrice / seen.Weight;
        return Math.Exp(-distance * distance / (2 * PriceSpread * PriceSpread));
    }

    /// <summary>
    /// 0..1: how well a product matches the shopper — mostly its category (or at least its department), then its
    /// brand, times the price fit. 0 for a product far from anything they did.
    /// </summary>
    public double Match(ProductFact product)
    {
        var place = Math.Max(Category(product.CategoryId), 0.25 * Department(product.DepartmentId));
        var fit = 0.7 * place + 0.3 * Brand(product.BrandId);
        return fit * (0.3 + 0.7 * PriceFit(product));
    }

    private void Add(ProductFact? product, double strength, DateTime atUtc, DateTime nowUtc)
    {
        if (product is null)
        {
            return;
        }
        var weight = strength * Fade(atUtc, nowUtc);
        Evidence += weight;
        categories[product.CategoryId] = categories.GetValueOrDefault(product.CategoryId) + weight;
        departments[product.DepartmentId] = departments.GetValueOrDefault(product.DepartmentId) + weight;
        brands[product.BrandId] = brands.GetValueOrDefault(product.BrandId) + 0.5 * weight;
        if (product.PriceCents > 0)
        {
            var (w, logPrice) = prices.GetValueOrDefault(product.CategoryId);
            prices[product.CategoryId] = (w + weight, logPrice + weight * Math.Log(product.PriceCents));
        }
    }

    private static double Fade(DateTime atUtc, DateTime nowUtc) => Math.Exp(-Math.Max(0, (nowUtc - atUtc).TotalDays) / FadeDays);
}
