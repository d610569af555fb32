using Storefront.Common;

namespace Storefront.Features.Stream;

/// <summary>One line the shopper bought, with the variant's stock now (for "add again").</summary>
public sealed record PurchasedLine(int OrderId, int ProductId, int VariantId, int Quantity, DateTime AtUtc, string Size, int VariantStock, long VariantPriceCents);

public enum SignalKind
{
    Viewed = 1,
    AddedToCart = 2,
}

public sealed record ShopperSignal(SignalKind Kind, int ProductId, DateTime AtUtc);

/// <summary>A product the shopper waited for while it was sold out (the back-in-stock seam).</summary>
public sealed record WaitingFor(int ProductId, DateTime SinceUtc);

/// <summary>Units of a product sold in the 90 days and in the last <see cref="ShopperSnapshot.TrendingDays"/> days.</summary>
public sealed record UnitsSold(int ProductId, int Units90Days, int UnitsLately);

/// <summary>Another product bought in the same orders as one the shopper bought or carted.</summary>
public sealed record CoPurchase(int AnchorProductId, int ProductId, int Orders);

/// <summary>A variant a set may put into the cart.</summary>
public sealed record PieceVariant(int VariantId, int ProductId, string Size, string ColourEn, string ColourDe, int Stock, long PriceCents);

/// <summary>What the stream knows of a product: enough to rank it and to draw its tile.</summary>
public sealed record ProductFact(
    int Id,
    string Slug,
    string NameEn,
    string NameDe,
    int BrandId,
    string BrandName,
    int CategoryId,
    int DepartmentId,
    string DepartmentEn,
    string DepartmentDe,
    DateTime CreatedAtUtc,
    long PriceCents,
    int CheapestVariantId,
    bool InStock,
    int UnitsSold90Days,
    string ImagePath,
    string ImageAltEn,
    string ImageAltDe,
    bool IsSustainable,
    double? Rating,
    int ReviewCount)
{
    /// <summary>The lowest price of the 30 days before the current price took effect, when that is higher (§11 PAngV).</summary>
    public Money? LowestPrice30Days { get; init; }
}

/// <summary>
/// Everything the candidate sources and the ranker read, loaded in a handful of queries by
/// <see cref="ShopperSnapshotLoader"/>. Pure data: the ranking over it does no I/O and is deterministic.
/// </summary>
public sealed record ShopperSnapshot(
    DateTime NowUtc,
    IReadOnlyList<PurchasedLine> Purchases,
    IReadOnlyList<ShopperSignal> Signals,
    IReadOnlyDictionary<int, DateTime> FavouriteProducts,
    IReadOnlyDictionary<int, DateTime> FavouriteBrands,
    IReadOnlyList<WaitingFor> Waiting,
    IReadOnlyList<CoPurchase> CoPurchases,
    IReadOnlyList<int> Bestsellers,
    IReadOnlyDictionary<int, UnitsSold> Sales,
    IReadOnlyDictionary<int, ProductFact> Products,
    IReadOnlySet<string> Dismissed,
    IReadOnlySet<StreamCardKind> Fewer)
{
    /// <summary>What sold in these last days makes a product trending, on top of its 90-day sales.</summary>
    public const int TrendingDays = 14;

    public static ShopperSnapshot ColdStart(DateTime nowUtc, IReadOnlyList<int> bestsellers, IReadOnlyDictionary<int, ProductFact> products) =>
        new(nowUtc, [], [], new Dictionary<int, DateTime>(), new Dictionary<int, DateTime>(), [], [], bestsellers,
            bestsellers.Select((id, i) => new UnitsSold(id, bestsellers.Count - i, 0)).ToDictionary(u => u.ProductId), products,
            new HashSet<string>(), new HashSet<StreamCardKind>());

    /// <summary>A signed-in shopper (the loyalty and "your size" cards, editorial audiences).</summary>
    public bool IsSignedIn { get; init; }

    /// <summary>The account's points and tiers; null for visitors.</summary>
    public Loyalty.LoyaltyStanding? Loyalty { get; init; }

    public bool HasFitProfile { get; init; }

    /// <summary>
    /// Sized products whose "your size" (from the fit profile) is sold out or not made: product cards leave them out.
    /// Empty without a fit profile.
    /// </summary>
    public IReadOnlySet<int> NotInYourSize { get; init; } = new HashSet<int>();

    /// <summary>The shopper's size per sized product (from the fit profile), for the set's pieces.</summary>
    public IReadOnlyDictionary<int, string> YourSizes { get; init; } = new Dictionary<int, string>();

    /// <summary>Categories whose products come in sizes (clothing, shoes, frames).</summary>
    public IReadOnlySet<int> SizedCategories { get; init; } = new HashSet<int>();

    /// <summary>Category slugs by id (the set's complementary categories are named by slug).</summary>
    public IReadOnlyDictionary<int, string> CategorySlugs { get; init; } = new Dictionary<int, string>();

    /// <summary>The variants of the products a set may offer, by product.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<PieceVariant>> PieceVariants { get; init; } = new Dictionary<int, IReadOnlyList<PieceVariant>>();

    /// <summary>Merchant-written cards active now (any audience; the editorial source picks the shopper's).</summary>
    public IReadOnlyList<EditorialFact> Editorials { get; init; } = [];

    public bool HasOwnSignals => Purchases.Count > 0 || Signals.Count > 0 || FavouriteProducts.Count > 0 || FavouriteBrands.Count > 0;

    public ProductFact? Product(int id) => Products.GetValueOrDefault(id);

    /// <summary>How often and when last the shopper viewed each product.</summary>
    public IReadOnlyDictionary<int, (int Count, DateTime LastUtc)> Views =>
        views ??= Signals.Where(s => s.Kind == SignalKind.Viewed)
            .GroupBy(s => s.ProductId)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Max(s => s.AtUtc)));

    /// <summary>The shopper's category, brand and price preferences as their behaviour shows them.</summary>
    public ShopperTaste Taste => taste ??= new ShopperTaste(this);

    public IReadOnlySet<int> PurchasedProducts => purchased ??= Purchases.Select(p => p.ProductId).ToHashSet();

    /// <summary>
    /// 0..1: half the product's 90-day sales relative to the bestseller's, half its sales of the last
    /// <see cref="TrendingDays"/> days relative to the week's top seller (square root, so the long tail is not zero).
    /// </summary>
    public double Popularity(int productId)
    {
        var (top90, topLately) = top ??= Sales.Count == 0 ? (0, 0) : (Sales.Values.Max(s => s.Units90Days), Sales.Values.Max(s => s.UnitsLately));
        if (!Sales.TryGetValue(productId, out var sales) || top90 == 0)
        {
            return 0;
        }
        var lately = topLately == 0 ? 0 : sales.UnitsLately / (double)topLately;
        return Math.Sqrt(0.5 * sales.Units90Days / top90 + 0.5 * lately);
    }

    /// <summary>
    /// 0..1: the share of the shopper's interest in a department (purchases count 3, cart adds 2, favourites 2, views 1).
    /// 1 for every department when the shopper has no signals yet, so the cold start is plain popularity.
    /// </summary>
    public double DepartmentAffinity(int departmentId)
    {
        affinity ??= ComputeAffinity();
        return affinity.Count == 0 ? 1 : affinity.GetValueOrDefault(departmentId);
    }

    private Dictionary<int, double> ComputeAffinity()
    {
        var weights = new Dictionary<int, double>();
        void Add(int productId, double weight)
        {
            if (Product(productId) is { } product)
            {
                weights[product.DepartmentId] = weights.GetValueOrDefault(product.DepartmentId) + weight;
            }
        }
        foreach (var line in Purchases)
        {
            Add(line.ProductId, 3);
        }
        foreach (var signal in Signals)
        {
            Add(signal.ProductId, signal.Kind == SignalKind.AddedToCart ? 2 : 1);
        }
        foreach (var id in FavouriteProducts.Keys)
        {
            Add(id, 2);
        }
        var total = weights.Values.Sum();
        return total == 0 ? weights : weights.ToDictionary(w => w.Key, w => w.Value / total);
    }

    private IReadOnlyDictionary<int, (int, DateTime)>? views;
    private IReadOnlySet<int>? purchased;
    private (int, int)? top;
    private Dictionary<int, double>? affinity;
    private ShopperTaste? taste;
}
