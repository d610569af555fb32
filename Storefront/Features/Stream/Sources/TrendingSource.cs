namespace Storefront.Features.Stream.Sources;

/// <summary>The bestsellers of the last 90 days: the cold start for new and anonymous shoppers, the fill for everyone.</summary>
public sealed class TrendingSource : IStreamCandidateSource
{
    public StreamCardKind Kind => StreamCardKind.Trending;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var count = snapshot.Bestsellers.Count;
        for (var i = 0; i < count; i++)
        {
            var id = snapshot.Bestsellers[i];
            if (!snapshot.PurchasedProducts.Contains(id) && snapshot.Product(id) is { InStock: true })
            {
                yield return new StreamCandidate(Kind, id, 1 - 0.5 * i / count, snapshot.NowUtc, new StreamReason("WhyTrending"));
            }
        }
    }
}
