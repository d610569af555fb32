namespace Storefront.Features.Stream.Sets;

/// <summary>One slot of a planned set: the pieces to choose from (the first is suggested), each with its in-stock variants.</summary>
public sealed record PlannedSlot(string Name, IReadOnlyList<PlannedPiece> Options);

public sealed record PlannedPiece(int ProductId, IReadOnlyList<PieceVariant> Variants, int SuggestedVariantId);

/// <summary>A set around an anchor product: its theme (<see cref="SetRules"/>) and slots.</summary>
public sealed record SetPlan(int AnchorProductId, string Theme, IReadOnlyList<PlannedSlot> Slots)
{
    /// <summary>Every variant this set offers: what a posted set may contain.</summary>
    public IEnumerable<PieceVariant> OfferedVariants => Slots.SelectMany(s => s.Options).SelectMany(o => o.Variants);
}

/// <summary>
/// Plans the set for an anchor from a snapshot. Pure: the card and the "add the set" command plan the same set from
/// the same signals, so a post can only contain variants the card offered.
/// <list type="bullet">
/// <item>pieces come from the slot's categories, in stock, not bought already, most popular first;</item>
/// <item>with a fit profile, only products whose "your size" is in stock, suggested in that size;</item>
/// <item>without one, the size the shopper last bought in that department when in stock, otherwise the first in stock.</item>
/// </list>
/// </summary>
public static class SetBuilder
{
    public const int OptionsPerSlot = 3;
    public const int MinSlots = 2;

    public static SetPlan? Plan(ShopperSnapshot snapshot, int anchorProductId)
    {
        if (snapshot.Product(anchorProductId) is not { } anchor
            || SetRules.For(snapshot.CategorySlugs.GetValueOrDefault(anchor.CategoryId)) is not { } set)
        {
            return null;
        }
        var used = new HashSet<int> { anchorProductId };
        var slots = new List<PlannedSlot>();
        foreach (var slot in set.Slots)
        {
            var options = snapshot.PieceVariants.Keys
                .Select(snapshot.Product)
                .OfType<ProductFact>()
                .Where(p => p.InStock && !used.Contains(p.Id) && !snapshot.PurchasedProducts.Contains(p.Id)
                    && slot.Categories.Contains(snapshot.CategorySlugs.GetValueOrDefault(p.CategoryId) ?? ""))
                .OrderByDescending(p => snapshot.Popularity(p.Id)).ThenByDescending(p => p.UnitsSold90Days).ThenBy(p => p.Id)
                .Select(p => Piece(snapshot, p))
                .OfType<PlannedPiece>()
                .Take(OptionsPerSlot)
                .ToList();
            if (options.Count > 0)
            {
                // Each product once per set: a kit's three accessory slots get three different first choices.
                used.Add(options[0].ProductId);
                slots.Add(new PlannedSlot(slot.Name, options));
            }
        }
        return slots.Count >= MinSlots ? new SetPlan(anchorProductId, set.Theme, slots) : null;
    }

    private static PlannedPiece? Piece(ShopperSnapshot snapshot, ProductFact product)
    {
        var inStock = snapshot.PieceVariants[product.Id].Where(v => v.Stock > 0).OrderBy(v => v.VariantId).ToList();
        if (inStock.Count == 0)
        {
            return null;
        }
        if (snapshot.YourSizes.TryGetValue(product.Id, out var yourSize))
        {
            var fitting = inStock.Where(v => v.Size == yourSize).ToList();
            return fitting.Count == 0 ? null : new PlannedPiece(product.Id, fitting, fitting[0].VariantId);
        }
        var lastSize = snapshot.Purchases
            .Where(l => snapshot.Product(l.ProductId)?.DepartmentId == product.DepartmentId)
            .OrderByDescending(l => l.AtUtc).Select(l => l.Size).FirstOrDefault();
        var suggested = inStock.FirstOrDefault(v => v.Size == lastSize) ?? inStock[0];
        return new PlannedPiece(product.Id, inStock, suggested.VariantId);
    }
}
