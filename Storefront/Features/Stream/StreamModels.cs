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
    /// <summary>Numbered apart so the other card kinds can be added in order without clashing.</summary>
    Viewed = 20,
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
    ProductCard Product,
    string Why,
    double Score,
    RebuyOffer? Rebuy);

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
