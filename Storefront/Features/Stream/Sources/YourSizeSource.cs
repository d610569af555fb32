namespace Storefront.Features.Stream.Sources;

/// <summary>
/// Asks a signed-in shopper without a fit profile to save one. More relevant the more of their interest lies in
/// sized products (clothing, shoes, bikes); once a profile exists the card is gone and product cards respect it
/// (<see cref="ShopperSnapshot.NotInYourSize"/>).
/// </summary>
public sealed class YourSizeSource : IStreamCandidateSource
{
    public StreamCardKind Kind => StreamCardKind.YourSize;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        if (!snapshot.IsSignedIn || snapshot.HasFitProfile)
        {
            yield break;
        }
        var touched = snapshot.PurchasedProducts.Concat(snapshot.Views.Keys).Concat(snapshot.FavouriteProducts.Keys)
            .Select(snapshot.Product).OfType<ProductFact>().ToList();
        var sized = touched.Count(p => snapshot.SizedCategories.Contains(p.CategoryId));
        if (touched.Count > 0 && sized == 0)
        {
            yield break; // a shopper of cat food only has no use for a size
        }
        var share = touched.Count == 0 ? 0 : sized / (double)touched.Count;
        yield return new StreamCandidate(Kind, StreamCardKinds.SingleCard, 0.5 + 0.4 * share, snapshot.NowUtc, new StreamReason("WhyYourSize"));
    }
}
