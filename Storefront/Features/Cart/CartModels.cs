using Storefront.Common;

namespace Storefront.Features.Cart;

/// <summary>A cart line as the shopper sees it: price and stock read from the catalog now, never stored in the cart.</summary>
public sealed record CartLineView(
    int VariantId,
    int ProductId,
    string ProductSlug,
    string ProductName,
    string ImagePath,
    string ImageAlt,
    string Size,
    string Colour,
    Money UnitPrice,
    int Quantity,
    int Stock,
    bool Discontinued = false)
{
    public Money LineTotal => UnitPrice * Quantity;

    public CartLineProblem Problem =>
        Discontinued ? CartLineProblem.Discontinued
        : Stock <= 0 ? CartLineProblem.SoldOut
        : Quantity > Stock ? CartLineProblem.NotEnoughStock
        : CartLineProblem.None;
}

public enum CartLineProblem
{
    None,
    /// <summary>Fewer left than the line's quantity.</summary>
    NotEnoughStock,
    SoldOut,
    /// <summary>The product was taken out of the catalog.</summary>
    Discontinued,
}

/// <param name="VoucherCode">The code the shopper entered; whether it applies is for the checkout's vouchers to say.</param>
public sealed record CartView(IReadOnlyList<CartLineView> Lines, string? VoucherCode = null)
{
    public static readonly CartView Empty = new([]);
    public Money Subtotal => Lines.Aggregate(new Money(0), (sum, l) => sum + l.LineTotal);
    public int ItemCount => Lines.Sum(l => l.Quantity);
    public bool HasProblems => Lines.Any(l => l.Problem != CartLineProblem.None);
}

/// <summary>The outcome of a cart command: success, or a message for the shopper in their language.</summary>
public sealed record CartResult(bool Succeeded, string? Error)
{
    public static readonly CartResult Ok = new(true, null);
    public static CartResult Fail(string error) => new(false, error);
}
