namespace Storefront.Features.Stream.Sources;

/// <summary>
/// "Still on your mind?": products the shopper looked at in the last <see cref="WindowDays"/> days and has not bought.
/// What a shopper comes back to is the strongest hint of what they buy next; the more often they looked (or put it in
/// the cart) and the better it matches their taste (<see cref="ShopperTaste.Match"/>), the higher it ranks.
/// </summary>
public sealed class ViewedSource : IStreamCandidateSource
{
    public const int WindowDays = 60;

    public StreamCardKind Kind => StreamCardKind.Viewed;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var since = snapshot.NowUtc.AddDays(-WindowDays);
        var carted = new HashSet<int>();
        foreach (var signal in snapshot.Signals)
        {
            if (signal.Kind == SignalKind.AddedToCart && signal.AtUtc > since)
            {
                carted.Add(signal.ProductId);
            }
        }
        foreach (var (productId, views) in snapshot.Views)
        {
            if (views.LastUtc <= since || snapshot.PurchasedProducts.Contains(productId) || snapshot.Product(productId) is not { InStock: true } product)
            {
                continue;
            }
            // 1 view 0.45, 2 views 0.70, 3 views 0.83 …; a cart add counts like two more looks.
            var looks = views.Count + (carted.Contains(productId) ? 2 : 0);
            var interest = 1 - Math.Exp(-0.6 * looks);
            var relevance = interest * (0.4 + 0.6 * snapshot.Taste.Match(product));
            var why = views.Count == 1 ? new StreamReason("WhyViewedOnce") : new StreamReason("WhyViewedTimes", B: views.Count);
            yield return new StreamCandidate(Kind, productId, relevance, views.LastUtc, why);
        }
    }
}
