using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Signals;
using Storefront.Localization;

namespace Storefront.Features.Cart;

/// <summary>The server-side cart of a shopper (see <see cref="ShopperContext"/> for the owner key).</summary>
public sealed class CartService(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<Text> text,
    IStringLocalizer<CartText> cartText,
    IStringLocalizer<Catalog.MembersEarly.MembersEarlyText> earlyText,
    ShopperSignals signals,
    TimeProvider time)
{
    public const int MaxQuantityPerLine = 10;

    public async Task<int> CountAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (ownerKey is null)
        {
            return 0;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CartLines.AsNoTracking()
            .Where(l => db.Carts.Any(c => c.Id == l.CartId && c.OwnerKey == ownerKey))
            .SumAsync(l => l.Quantity, ct);
    }

    /// <summary>The cart with current prices and stock, in one query however many lines it has.</summary>
    public async Task<CartView> GetAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (ownerKey is null)
        {
            return CartView.Empty;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (
                from cart in db.Carts
                where cart.OwnerKey == ownerKey
                from line in cart.Lines
                join v in db.Variants on line.VariantId equals v.Id
                orderby line.AddedAtUtc, line.Id
                select new
                {
                    line.VariantId, v.ProductId, v.Product!.Slug, v.Product.NameEn, v.Product.NameDe, v.Product.IsArchived,
                    Image = v.Product.Images.OrderBy(i => i.SortOrder).Select(i => new { i.Path, i.AltEn, i.AltDe }).FirstOrDefault(),
                    v.Size, v.ColourEn, v.ColourDe, v.PriceCents, line.Quantity, v.Stock, cart.VoucherCode,
                })
            .AsNoTracking()
            .ToListAsync(ct);
        return new CartView(rows.Select(r => new CartLineView(
            r.VariantId, r.ProductId, r.Slug, Cultures.Pick(r.NameEn, r.NameDe),
            r.Image?.Path ?? "", r.Image is null ? "" : Cultures.Pick(r.Image.AltEn, r.Image.AltDe),
            r.Size, Cultures.Pick(r.ColourEn, r.ColourDe), new Money(r.PriceCents), r.Quantity, r.Stock, r.IsArchived)).ToList(),
            rows.FirstOrDefault()?.VoucherCode);
    }

    public async Task<CartResult> AddAsync(string ownerKey, int variantId, int quantity, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        if (quantity is < 1 or > MaxQuantityPerLine)
        {
            return CartResult.Fail(text["CartQuantityRange", MaxQuantityPerLine]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var variant = await db.Variants.AsNoTracking()
            .Where(v => v.Id == variantId && !v.Product!.IsArchived)
            .Select(v => new { v.Id, v.ProductId, v.Stock, v.Product!.MembersEarlyUntilUtc })
            .FirstOrDefaultAsync(ct);
        if (variant is null)
        {
            return CartResult.Fail(text["CartUnknownVariant"]);
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (!ShopperContext.IsUserKey(ownerKey) && Catalog.MembersEarlyAccess.IsMembersOnly(variant.MembersEarlyUntilUtc, now))
        {
            return CartResult.Fail(earlyText["CartMembersOnly"]);
        }
        var cart = await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.OwnerKey == ownerKey, ct);
        if (cart is null)
        {
            cart = new ShoppingCart { OwnerKey = ownerKey };
            db.Carts.Add(cart);
        }
        var line = cart.Lines.FirstOrDefault(l => l.VariantId == variantId);
        var newQuantity = (line?.Quantity ?? 0) + quantity;
        if (newQuantity > MaxQuantityPerLine)
        {
            return CartResult.Fail(text["CartQuantityRange", MaxQuantityPerLine]);
        }
        if (newQuantity > variant.Stock)
        {
            return CartResult.Fail(StockMessage(variant.Stock));
        }
        if (line is null)
        {
            cart.Lines.Add(new CartLine { VariantId = variantId, Quantity = quantity, AddedAtUtc = now });
        }
        else
        {
            line.Quantity = newQuantity;
        }
        cart.UpdatedAtUtc = now;
        await db.SaveChangesAsync(ct);
        signals.AddedToCart(ownerKey, variant.ProductId, variantId);
        return CartResult.Ok;
    }

    /// <summary>
    /// Sets a line's quantity from what the shopper typed. Anything but a whole number from 1 to
    /// <see cref="MaxQuantityPerLine"/> that is in stock is refused with a message, and the line stays as it was.
    /// </summary>
    public async Task<CartResult> SetQuantityAsync(string? ownerKey, int variantId, string? quantity, CancellationToken ct = default)
    {
        if (!int.TryParse(quantity?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return CartResult.Fail(cartText["QuantityNotANumber"]);
        }
        if (value is < 1 or > MaxQuantityPerLine)
        {
            return CartResult.Fail(text["CartQuantityRange", MaxQuantityPerLine]);
        }
        if (string.IsNullOrEmpty(ownerKey))
        {
            return CartResult.Fail(cartText["LineNotInCart"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await (
                from cart in db.Carts
                where cart.OwnerKey == ownerKey
                from line in cart.Lines
                where line.VariantId == variantId
                join v in db.Variants on line.VariantId equals v.Id
                select new { Cart = cart, Line = line, v.Stock, v.Product!.IsArchived })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return CartResult.Fail(cartText["LineNotInCart"]);
        }
        if (found.IsArchived)
        {
            return CartResult.Fail(text["CartUnknownVariant"]);
        }
        if (value > found.Stock)
        {
            return CartResult.Fail(StockMessage(found.Stock));
        }
        found.Line.Quantity = value;
        found.Cart.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return CartResult.Ok;
    }

    public async Task RemoveAsync(string? ownerKey, int variantId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.CartLines
            .Where(l => l.VariantId == variantId && db.Carts.Any(c => c.Id == l.CartId && c.OwnerKey == ownerKey))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Adds one of each variant in one transaction (e.g. a set from the stream): either every line goes in or, on the
    /// first refusal (unknown or archived variant, not enough stock, line limit), nothing does.
    /// </summary>
    public async Task<CartResult> AddAllAsync(string ownerKey, IReadOnlyCollection<int> variantIds, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        var ids = variantIds.Distinct().ToList();
        if (ids.Count == 0 || ids.Count != variantIds.Count)
        {
            return CartResult.Fail(text["CartUnknownVariant"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var variants = await db.Variants.AsNoTracking()
            .Where(v => ids.Contains(v.Id) && !v.Product!.IsArchived)
            .Select(v => new { v.Id, v.ProductId, v.Stock })
            .ToListAsync(ct);
        if (variants.Count != ids.Count)
        {
            return CartResult.Fail(text["CartUnknownVariant"]);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var cart = await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.OwnerKey == ownerKey, ct);
        if (cart is null)
        {
            cart = new ShoppingCart { OwnerKey = ownerKey };
            db.Carts.Add(cart);
        }
        foreach (var variant in variants)
        {
            var line = cart.Lines.FirstOrDefault(l => l.VariantId == variant.Id);
            var quantity = (line?.Quantity ?? 0) + 1;
            if (quantity > MaxQuantityPerLine)
            {
                return CartResult.Fail(text["CartQuantityRange", MaxQuantityPerLine]);
            }
            if (quantity > variant.Stock)
            {
                return CartResult.Fail(StockMessage(variant.Stock));
            }
            if (line is null)
            {
                cart.Lines.Add(new CartLine { VariantId = variant.Id, Quantity = 1, AddedAtUtc = now });
            }
            else
            {
                line.Quantity = quantity;
            }
        }
        cart.UpdatedAtUtc = now;
        await db.SaveChangesAsync(ct);
        foreach (var variant in variants)
        {
            signals.AddedToCart(ownerKey, variant.ProductId, variant.Id, "stream:completetheset");
        }
        return CartResult.Ok;
    }

    private string StockMessage(int stock) => stock <= 0 ? text["CartSoldOut"] : text["CartOnlyNLeft", stock];
}
