using Storefront.Common;
using Storefront.Features.Catalog;

namespace Storefront.Features.Stream;

/// <summary>The kinds of stream card; each has one candidate source. The value is part of card keys and events.</summary>
public enum StreamCardKind
{
    Rebuy = 1,
    PriceDrop = 2,
    BackInStock = 3,
    NewFromBrand = 4,
    Similar = 5,
    BoughtTogether = 6,
    Trending = 7,
    /// <summary>Assemble a set (outfit, bike kit) around a product; the subject id is the anchor product.</summary>
    CompleteTheSet = 8,
    /// <summary>Points balance and the next tier; one per shopper (subject id 1).</summary>
    Loyalty = 9,
    /// <summary>Asks for a fit profile when there is none; one per shopper (subject id 1).</summary>
    YourSize = 10,
    /// <summary>A merchant-written card; the subject id is the <see cref="EditorialCard"/> id.</summary>
    Editorial = 11,
    /// <summary>Viewed lately and not bought ("Still on your mind?"). Numbered apart: added beside the kinds above.</summary>
    Viewed = 20,
}

public static class StreamCardKinds
{
    /// <summary>
    /// Product cards show one product: the ranker drops them when it is sold out, shows a product once and counts its
    /// brand for diversity. The other kinds' subject id is an anchor, an editorial card or just 1.
    /// </summary>
    public static bool IsAboutProduct(StreamCardKind kind) =>
        kind is >= StreamCardKind.Rebuy and <= StreamCardKind.Trending or StreamCardKind.Viewed;

    /// <summary>The subject id of the cards a shopper has at most one of (loyalty, "your size").</summary>
    public const int SingleCard = 1;
}

/// <summary>
/// Why a card is there, resolved to text by <see cref="ShoppingStream"/>: a StreamText resource key plus its
/// arguments (a name in both languages, numbers).
/// </summary>
public sealed record StreamReason(string TextKey, string? NameEn = null, string? NameDe = null, int A = 0, int B = 0);

/// <summary>
/// A product proposed by a candidate source. <see cref="Relevance"/> (0..1) says how strongly the shopper's signal
/// points at it; <see cref="SignalAtUtc"/> is when that signal happened (for recency).
/// </summary>
public sealed record StreamCandidate(
    StreamCardKind Kind,
    int ProductId,
    double Relevance,
    DateTime SignalAtUtc,
    StreamReason Why,
    int? VariantId = null,
    int Quantity = 1)
{
    /// <summary>Stable per kind and product, so a dismissal sticks while the signal stays: "rebuy-123".</summary>
    public string Key => StreamCardKeys.For(Kind, ProductId);
}

/// <summary>A candidate with its score and the parts it is made of (shown as "why" details and used in tests).</summary>
public sealed record RankedCandidate(StreamCandidate Candidate, double Score, double KindWeight, double Recency, double Damping)
{
    public StreamCardKind Kind => Candidate.Kind;
    public int ProductId => Candidate.ProductId;
}

/// <summary>A card as the page shows it: the product tile, the why text, and what the one-click action adds.</summary>
public sealed record StreamCard(
    string Key,
    StreamCardKind Kind,
    ProductCard? Product,
    string Why,
    double Score,
    RebuyOffer? Rebuy)
{
    /// <summary>The card's own heading when it is not about one product (loyalty, "your size", editorial, a set).</summary>
    public string? Title { get; init; }
    public LoyaltyCardView? Loyalty { get; init; }
    public EditorialCardView? Editorial { get; init; }
    public Sets.SetOffer? Set { get; init; }

    /// <summary>What the card is called (its heading): the product's name or the card's title.</summary>
    public string Heading => Product?.Name ?? Title ?? "";
}

/// <summary>The loyalty card: points (and what they are worth), the tier reached and the next one with its benefit.</summary>
public sealed record LoyaltyCardView(int Balance, Money BalanceValue, string? Tier, string? NextTier, int PointsToNextTier, long? NextTierFreeShippingCents);

/// <summary>A merchant-written card as shown: texts in the shopper's language, optional image under /assets and link.</summary>
public sealed record EditorialCardView(int Id, EditorialKind Kind, string Body, string? ImagePath, string? ImageAlt, string? Link);

/// <summary>The exact variant and quantity "add again" puts into the cart.</summary>
public sealed record RebuyOffer(int VariantId, int Quantity, string Size, Money UnitPrice);

/// <summary>The stream for one request: personal when any card came from the shopper's own signals.</summary>
public sealed record StreamPage(IReadOnlyList<StreamCard> Cards, bool IsPersonal)
{
    public static readonly StreamPage Empty = new([], false);
}

/// <summary>The outcome of a stream command: success, or a message for the shopper in their language.</summary>
public sealed record StreamResult(bool Succeeded, string? Error)
{
    public static readonly StreamResult Ok = new(true, null);
    public static StreamResult Fail(string error) => new(false, error);
}

public static class StreamCardKeys
{
    public static string For(StreamCardKind kind, int productId) => $"{kind.ToString().ToLowerInvariant()}-{productId}";

    /// <summary>Parses "rebuy-123"; false for anything else (unknown kind, bad id, junk).</summary>
    public static bool TryParse(string? key, out StreamCardKind kind, out int productId)
    {
        kind = default;
        productId = 0;
        if (string.IsNullOrEmpty(key) || key.Length > 40)
        {
            return false;
        }
        var dash = key.LastIndexOf('-');
        if (dash <= 0
            || !int.TryParse(key.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out productId)
            || productId <= 0)
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<StreamCardKind>())
        {
            if (key.AsSpan(0, dash).Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        return false;
    }
}
