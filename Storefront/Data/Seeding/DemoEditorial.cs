using Storefront.Features.Stream;

namespace Storefront.Data.Seeding;

/// <summary>Merchant-written stream cards of the demo: one for everyone, one for fashion buyers, one for cyclists.</summary>
public static class DemoEditorial
{
    public static IReadOnlyList<EditorialCard> Build(DateTime anchor, int fashionId, int bikesId) =>
    [
        new()
        {
            Kind = EditorialKind.Story, Audience = EditorialAudience.Everyone,
            TitleEn = "Made to last: repairs on us", TitleDe = "Gemacht, um zu bleiben: Reparaturen übernehmen wir",
            BodyEn = "A seam came loose or a zip gave up? Send it back within two years and we repair it free of charge.",
            BodyDe = "Eine Naht hat sich gelöst oder ein Reißverschluss streikt? Schick es innerhalb von zwei Jahren zurück – wir reparieren kostenlos.",
            StartsAtUtc = anchor.Date.AddDays(-7), EndsAtUtc = anchor.Date.AddDays(120), UpdatedAtUtc = anchor,
        },
        new()
        {
            Kind = EditorialKind.CareGuide, Audience = EditorialAudience.DepartmentBuyers, TargetId = fashionId,
            TitleEn = "Wash less, wear longer", TitleDe = "Weniger waschen, länger tragen",
            BodyEn = "Air your knitwear instead of washing it, turn prints inside out, and skip the dryer: our care guide in three steps.",
            BodyDe = "Strick lüften statt waschen, Drucke auf links drehen, Trockner auslassen: unser Pflegeratgeber in drei Schritten.",
            ImagePath = "editorial/care-guide.svg", Link = "/c/t-shirts",
            StartsAtUtc = anchor.Date.AddDays(-3), EndsAtUtc = anchor.Date.AddDays(90), UpdatedAtUtc = anchor,
        },
        new()
        {
            Kind = EditorialKind.Campaign, Audience = EditorialAudience.DepartmentBuyers, TargetId = bikesId,
            TitleEn = "Gravel season: ready your kit", TitleDe = "Gravel-Saison: Ausrüstung bereit machen",
            BodyEn = "Wider tyres, a second bottle cage and lights that last the ride home: what our mechanics pack for autumn gravel.",
            BodyDe = "Breitere Reifen, ein zweiter Flaschenhalter und Licht für den Heimweg: Was unsere Mechaniker für den Herbst einpacken.",
            ImagePath = "editorial/gravel-season.svg", Link = "/c/bike-accessories",
            StartsAtUtc = anchor.Date.AddDays(-1), EndsAtUtc = anchor.Date.AddDays(60), UpdatedAtUtc = anchor,
        },
    ];
}
