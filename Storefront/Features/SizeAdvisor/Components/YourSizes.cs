namespace Storefront.Features.SizeAdvisor.Components;

/// <summary>The shopper's size per product id for the tiles of one grid.</summary>
public sealed class YourSizes(IReadOnlyDictionary<int, string> sizes)
{
    public static readonly YourSizes None = new(new Dictionary<int, string>());

    public string? For(int productId) => sizes.GetValueOrDefault(productId);
}
