namespace Storefront.Features.Stream.Sources;

/// <summary>Products the shopper waited for while they were sold out (<see cref="ShopperSnapshot.Waiting"/>) that are in stock again.</summary>
public sealed class BackInStockSource : IStreamCandidateSource
{
    public StreamCardKind Kind => StreamCardKind.BackInStock;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot) =>
        snapshot.Waiting
            .Where(w => snapshot.Product(w.ProductId) is { InStock: true })
            .Select(w => new StreamCandidate(Kind, w.ProductId, 1, w.SinceUtc, new StreamReason("WhyBackInStock")));
}
