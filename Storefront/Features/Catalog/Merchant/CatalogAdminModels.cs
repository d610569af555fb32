namespace Storefront.Features.Catalog.Merchant;

/// <summary>A node of the merchant's category tree (departments with their subcategories, in shop order).</summary>
public sealed record CategoryTreeNode(int Id, string Slug, string NameEn, string NameDe, int? ParentId, SizeKind SizeKind, int Products,
    IReadOnlyList<CategoryTreeNode> Children);

/// <summary>A category as the merchant edits it. <see cref="ParentId"/> null makes it a department.</summary>
public sealed class CategoryForm
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameDe { get; set; } = "";
    public int? ParentId { get; set; }
    public SizeKind SizeKind { get; set; }
}

public sealed record BrandRow(int Id, string Slug, string Name, string Country, int Products, bool HasGermanStory);

/// <summary>A brand as the merchant edits it; the story is plain text in English and German.</summary>
public sealed class BrandForm
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Country { get; set; } = "";
    public string Colour { get; set; } = "#333333";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionDe { get; set; } = "";
}
