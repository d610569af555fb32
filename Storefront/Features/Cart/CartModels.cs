using Storefront.Common;

namespace Storefront.Features.Cart;

public sealed record CartLineView(
    int VariantId,
    int ProductId,
    string ProductName,
    string ImagePath,
    string ImageAlt,
    string Size,
    string Colour,
    Money UnitPrice,
    int Quantity,
    int Stock)
{
    public Money LineTotal => UnitPrice * Quantity;
}

public sealed record CartView(IReadOnlyList<CartLineView> Lines)
{
    public static readonly CartView Empty = new([]);
    public Money Subtotal => Lines.Aggregate(new Money(0), (sum, l) => sum + l.LineTotal);
    public int ItemCount => Lines.Sum(l => l.Quantity);
}

/// <summary>The outcome of a cart command: success, or a message for the shopper in their language.</summary>
public sealed record CartResult(bool Succeeded, string? Error)
{
    public static readonly CartResult Ok = new(true, null);
    public static CartResult Fail(string error) => new(false, error);
}
