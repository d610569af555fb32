namespace Storefront.Features.Stream.Sources;

/// <summary>
/// Merchant-written cards whose audience the shopper belongs to (<see cref="EditorialAudience"/>). Cards aimed at a
/// segment rank above cards for everyone; all alike while their window is open.
/// </summary>
public sealed class EditorialSource : IStreamCandidateSource
{
    public const double ForEveryone = 0.6;
    public const double ForSegment = 0.9;

    public StreamCardKind Kind => StreamCardKind.Editorial;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        foreach (var card in snapshot.Editorials.OrderBy(e => e.Id))
        {
            if (Reason(snapshot, card) is { } why)
            {
                var relevance = card.Audience is EditorialAudience.Everyone or EditorialAudience.Anonymous or EditorialAudience.SignedIn
                    ? ForEveryone : ForSegment;
                // Fresh for as long as its window is open: the merchant's window, not the signal's age, decides.
                yield return new StreamCandidate(Kind, card.Id, relevance, snapshot.NowUtc, why);
            }
        }
    }

    /// <summary>Why the shopper is in the card's audience, or null when they are not.</summary>
    public static StreamReason? Reason(ShopperSnapshot snapshot, EditorialFact card)
    {
        var bought = snapshot.PurchasedProducts.Select(snapshot.Product).OfType<ProductFact>();
        switch (card.Audience)
        {
            case EditorialAudience.Everyone:
                return new StreamReason("WhyEditorial");
            case EditorialAudience.Anonymous:
                return snapshot.IsSignedIn ? null : new StreamReason("WhyEditorial");
            case EditorialAudience.SignedIn:
                return snapshot.IsSignedIn ? new StreamReason("WhyEditorialMember") : null;
            case EditorialAudience.DepartmentBuyers:
                return bought.FirstOrDefault(p => p.DepartmentId == card.TargetId) is { } inDepartment
                    ? new StreamReason("WhyEditorialDepartment", inDepartment.DepartmentEn, inDepartment.DepartmentDe) : null;
            case EditorialAudience.CategoryBuyers:
                return bought.FirstOrDefault(p => p.CategoryId == card.TargetId) is { } inCategory
                    ? new StreamReason("WhyEditorialCategory", inCategory.NameEn, inCategory.NameDe) : null;
            case EditorialAudience.FavouriteBrand:
                return card.TargetId is { } brand && snapshot.FavouriteBrands.ContainsKey(brand) ? new StreamReason("WhyEditorialBrand") : null;
            case EditorialAudience.LoyaltyTier:
                return snapshot.Loyalty?.Tier?.Name is { } tier && string.Equals(tier, card.TargetTier, StringComparison.OrdinalIgnoreCase)
                    ? new StreamReason("WhyEditorialTier", tier, tier) : null;
            default:
                return null;
        }
    }
}
