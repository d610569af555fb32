using Storefront.Common;

namespace Storefront.Features.Stream.Sets;

/// <summary>
/// The set card's data, in the shopper's language: the anchor and, per slot, the pieces to choose from. Passed to the
/// interactive <c>CompleteTheSetCard</c> as a parameter, so plain serialisable records.
/// </summary>
public sealed record SetOffer(int AnchorProductId, string AnchorName, string AnchorImagePath, string AnchorImageAlt, string Theme, IReadOnlyList<SetOfferSlot> Slots);

public sealed record SetOfferSlot(string Name, string Label, IReadOnlyList<SetOfferPiece> Options);

public sealed record SetOfferPiece(int ProductId, string Slug, string Name, string BrandName, string ImagePath, string ImageAlt,
    IReadOnlyList<SetOfferVariant> Variants, int SuggestedVariantId);

public sealed record SetOfferVariant(int VariantId, string Label, long PriceCents)
{
    public Money Price => new(PriceCents);
}
