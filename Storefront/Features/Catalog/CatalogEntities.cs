namespace Storefront.Features.Catalog;

/// <summary>What a product's sizes are measured by; decides which size chart and advisor apply.</summary>
public enum SizeKind
{
    None = 0,
    Clothing = 1,
    Shoe = 2,
    Frame = 3,
}

public sealed class Brand
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Country { get; set; }
    /// <summary>Hex colour of the brand mark, e.g. "#1f6f5c".</summary>
    public required string Colour { get; set; }
    public string? Description { get; set; }
    /// <summary>The brand's story in German; German pages fall back to <see cref="Description"/> while it is empty.</summary>
    public string? DescriptionDe { get; set; }
}

/// <summary>A node of the category tree; top-level nodes (no parent) are departments.</summary>
public sealed class Category
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string NameEn { get; set; }
    public required string NameDe { get; set; }
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; set; } = [];
    public int SortOrder { get; set; }
    public SizeKind SizeKind { get; set; }
}

public sealed class Product
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int BrandId { get; set; }
    public Brand? Brand { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public required string NameEn { get; set; }
    public required string NameDe { get; set; }
    public required string DescriptionEn { get; set; }
    public required string DescriptionDe { get; set; }
    /// <summary>Country of manufacture, in English; the UI localises it.</summary>
    public required string Origin { get; set; }
    public required string MaterialEn { get; set; }
    public required string MaterialDe { get; set; }
    public required string CareEn { get; set; }
    public required string CareDe { get; set; }
    public bool IsSustainable { get; set; }
    /// <summary>VAT rate in percent (19 standard, 7 reduced, e.g. pet food).</summary>
    public int VatRatePercent { get; set; } = 19;
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Until this moment only signed-in members may buy (early access).</summary>
    public DateTime? MembersEarlyUntilUtc { get; set; }
    public bool IsArchived { get; set; }
    /// <summary>Optimistic concurrency token for merchant edits; bumped on every save of the product.</summary>
    public long Version { get; set; }

    /// <summary>Rolled up from Reviews by <see cref="ProductStats"/> so listings can filter and sort without aggregating.</summary>
    public double? RatingAverage { get; set; }
    public int ReviewCount { get; set; }

    /// <summary>Units sold in non-cancelled orders over the last 90 days; a ranking signal refreshed by <see cref="ProductStats"/>.</summary>
    public int UnitsSold90Days { get; set; }

    public List<Variant> Variants { get; set; } = [];
    public List<ProductImage> Images { get; set; } = [];
    public List<Review> Reviews { get; set; } = [];
}

/// <summary>A buyable size × colour of a product. Money is stored as integer euro cents incl. VAT.</summary>
public sealed class Variant
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public required string Sku { get; set; }
    /// <summary>Size label as the brand writes it ("M", "42", "54 cm"); "One size" for unsized goods.</summary>
    public required string Size { get; set; }
    public required string ColourEn { get; set; }
    public required string ColourDe { get; set; }
    public required string ColourHex { get; set; }
    public long PriceCents { get; set; }
    public long? CompareAtCents { get; set; }
    public int Stock { get; set; }
    /// <summary>Optimistic concurrency token; bump on every stock or price change.</summary>
    public long Version { get; set; }
}

/// <summary>Every price a variant had and since when: the basis of the 30-day lowest price (§11 PAngV).</summary>
public sealed class PriceHistory
{
    public long Id { get; set; }
    public int VariantId { get; set; }
    public long PriceCents { get; set; }
    public DateTime FromUtc { get; set; }
}

public sealed class ProductImage
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    /// <summary>Path under /assets, e.g. "products/p-0001.svg".</summary>
    public required string Path { get; set; }
    public required string AltEn { get; set; }
    public required string AltDe { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>How a reviewer found the fit; feeds the size advisor.</summary>
public enum FitAnswer
{
    NotSaid = 0,
    RunsSmall = 1,
    TrueToSize = 2,
    RunsLarge = 3,
}

public sealed class Review
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public string? UserId { get; set; }
    public required string AuthorName { get; set; }
    public int Rating { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    /// <summary>Language the review was written in ("en" or "de").</summary>
    public required string Language { get; set; }
    public FitAnswer Fit { get; set; }
    public int HelpfulCount { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One shopper's "helpful" vote on a review (shopper owner key: account or anonymous cookie), counted once.</summary>
public sealed class ReviewVote
{
    public long Id { get; set; }
    public int ReviewId { get; set; }
    public required string VoterKey { get; set; }
    public DateTime AtUtc { get; set; }
}
