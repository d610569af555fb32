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

/// <summary>Another product bought in the same orders as one the shopper bought or carted.</summary>
public sealed record CoPurchase(int AnchorProductId, int ProductId, int Orders);

/// <summary>What the stream knows of a product: enough to rank it and to draw its tile.</summary>
public sealed record ProductFact(
    int Id,
    string Slug,
    string NameEn,
    string NameDe,
    int BrandId,
    string BrandName,
    int CategoryId,
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
    IReadOnlyDictionary<int, ProductFact> Products,
    IReadOnlySet<string> Dismissed,
    IReadOnlySet<StreamCardKind> Fewer)
{
    public static ShopperSnapshot ColdStart(DateTime nowUtc, IReadOnlyList<int> bestsellers, IReadOnlyDictionary<int, ProductFact> products) =>
        new(nowUtc, [], [], new Dictionary<int, DateTime>(), new Dictionary<int, DateTime>(), [], [], bestsellers, products,
            new HashSet<string>(), new HashSet<StreamCardKind>());

    public bool HasOwnSignals => Purchases.Count > 0 || Signals.Count > 0 || FavouriteProducts.Count > 0 || FavouriteBrands.Count > 0;

    public ProductFact? Product(int id) => Products.GetValueOrDefault(id);

    /// <summary>How often and when last the shopper viewed each product.</summary>
    public IReadOnlyDictionary<int, (int Count, DateTime LastUtc)> Views =>
        views ??= Signals.Where(s => s.Kind == SignalKind.Viewed)
            .GroupBy(s => s.ProductId)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Max(s => s.AtUtc)));

    public IReadOnlySet<int> PurchasedProducts => purchased ??= Purchases.Select(p => p.ProductId).ToHashSet();

    private IReadOnlyDictionary<int, (int, DateTime)>? views;
    private IReadOnlySet<int>? purchased;
}
