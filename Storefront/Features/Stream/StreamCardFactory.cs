using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Features.Stream.Sets;
using Storefront.Localization;

namespace Storefront.Features.Stream;

/// <summary>Turns the ranked cards that are not about one product (set, loyalty, "your size", editorial) into what the page shows.</summary>
public sealed class StreamCardFactory(IStringLocalizer<StreamCardsText> text)
{
    public StreamCard Create(RankedCandidate ranked, ShopperSnapshot snapshot)
    {
        var c = ranked.Candidate;
        var name = c.Why.NameEn is null ? "" : Cultures.Pick(c.Why.NameEn, c.Why.NameDe ?? c.Why.NameEn);
        var card = new StreamCard(c.Key, c.Kind, null, text[c.Why.TextKey, name, c.Why.A, c.Why.B], ranked.Score, null);
        return c.Kind switch
        {
            StreamCardKind.Loyalty => card with { Title = text["LoyaltyTitle"], Loyalty = Loyalty(snapshot) },
            StreamCardKind.YourSize => card with { Title = text["YourSizeTitle"] },
            StreamCardKind.Editorial => Editorial(card, snapshot, c.ProductId),
            StreamCardKind.CompleteTheSet => card with { Title = text["SetTitle" + Theme(snapshot, c.ProductId)], Set = Set(snapshot, c.ProductId) },
            _ => card,
        };
    }

    private static LoyaltyCardView? Loyalty(ShopperSnapshot snapshot) =>
        snapshot.Loyalty is { } s
            ? new LoyaltyCardView(s.Balance, new Money(s.BalanceValueCents), s.Tier?.Name, s.NextTier?.Name, s.PointsToNextTier, s.NextTier?.FreeShippingThresholdCents)
            : null;

    private static StreamCard Editorial(StreamCard card, ShopperSnapshot snapshot, int id)
    {
        var e = snapshot.Editorials.First(x => x.Id == id);
        return card with
        {
            Title = Cultures.Pick(e.TitleEn, e.TitleDe),
            Editorial = new EditorialCardView(e.Id, e.Kind, Cultures.Pick(e.BodyEn, e.BodyDe), e.ImagePath, "", e.Link),
        };
    }

    private static string Theme(ShopperSnapshot snapshot, int anchor) =>
        SetBuilder.Plan(snapshot, anchor)?.Theme == SetRules.BikeKit ? "Kit" : "Outfit";

    private SetOffer? Set(ShopperSnapshot snapshot, int anchorId)
    {
        if (SetBuilder.Plan(snapshot, anchorId) is not { } plan || snapshot.Product(anchorId) is not { } anchor)
        {
            return null;
        }
        var slots = plan.Slots.Select(slot => new SetOfferSlot(slot.Name, text["Slot-" + slot.Name],
            slot.Options.Select(o => Piece(snapshot.Products[o.ProductId], o)).ToList())).ToList();
        return new SetOffer(anchorId, Cultures.Pick(anchor.NameEn, anchor.NameDe), anchor.ImagePath, Cultures.Pick(anchor.ImageAltEn, anchor.ImageAltDe),
            plan.Theme, slots);
    }

    private SetOfferPiece Piece(ProductFact p, PlannedPiece planned) =>
        new(p.Id, p.Slug, Cultures.Pick(p.NameEn, p.NameDe), p.BrandName, p.ImagePath, Cultures.Pick(p.ImageAltEn, p.ImageAltDe),
            planned.Variants.Select(v => new SetOfferVariant(v.VariantId, text["VariantLabel", v.Size, Cultures.Pick(v.ColourEn, v.ColourDe)], v.PriceCents)).ToList(),
            planned.SuggestedVariantId);
}
