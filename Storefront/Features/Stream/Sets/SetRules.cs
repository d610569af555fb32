namespace Storefront.Features.Stream.Sets;

/// <summary>A place in a set (the outfit's top, the kit's second accessory) and the categories (by slug) that fill it.</summary>
public sealed record SetSlot(string Name, IReadOnlyList<string> Categories);

/// <summary>
/// Which categories complete which: an outfit around a piece of clothing or a pair of shoes, a kit of accessories around
/// a bike. Plain data, so a merchant-facing editor could replace it later.
/// </summary>
public static class SetRules
{
    public const string Outfit = "outfit";
    public const string BikeKit = "bike-kit";

    private static readonly SetSlot Top = new("top", ["t-shirts", "hoodies"]);
    private static readonly SetSlot Layer = new("layer", ["jackets"]);
    private static readonly SetSlot Bottom = new("bottom", ["jeans"]);
    private static readonly SetSlot Shoes = new("shoes", ["sneakers", "boots"]);
    private static readonly SetSlot[] OutfitSlots = [Top, Layer, Bottom, Shoes];
    private static readonly string[] Bikes = ["road-bikes", "gravel-bikes", "mountain-bikes", "city-trekking-bikes"];
    private static readonly SetSlot[] KitSlots =
    [
        new("accessory-1", ["bike-accessories"]), new("accessory-2", ["bike-accessories"]), new("accessory-3", ["bike-accessories"]),
    ];

    /// <summary>The set an anchor of this category starts, and the slots its pieces fill; null when it starts none.</summary>
    public static (string Theme, IReadOnlyList<SetSlot> Slots)? For(string? categorySlug)
    {
        if (categorySlug is null)
        {
            return null;
        }
        if (Bikes.Contains(categorySlug))
        {
            return (BikeKit, KitSlots);
        }
        if (categorySlug == "dresses")
        {
            return (Outfit, [Layer, Shoes]);
        }
        var own = OutfitSlots.FirstOrDefault(s => s.Categories.Contains(categorySlug));
        return own is null ? null : (Outfit, OutfitSlots.Where(s => s != own).ToList());
    }

    /// <summary>Every category slug a set may take pieces from (for the snapshot loader).</summary>
    public static IEnumerable<string> PieceCategories(string? anchorCategorySlug) =>
        For(anchorCategorySlug) is { } set ? set.Slots.SelectMany(s => s.Categories).Distinct() : [];
}
