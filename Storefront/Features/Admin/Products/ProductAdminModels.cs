using Storefront.Common;

namespace Storefront.Features.Admin.Products;

public enum AdminProductSort
{
    Name = 0,
    Brand = 1,
    Price = 2,
    Stock = 3,
    Created = 4,
}

public enum ArchiveFilter
{
    Active = 0,
    Archived = 1,
    All = 2,
}

/// <summary>The grid's filter, sort and page; the same filter selects the products of a bulk price change.</summary>
public sealed record ProductListQuery(
    string? Search = null,
    int? CategoryId = null,
    int? BrandId = null,
    ArchiveFilter Status = ArchiveFilter.Active,
    AdminProductSort Sort = AdminProductSort.Name,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

public sealed record ProductListRow(int Id, string Slug, string Name, string Brand, string Category, Money FromPrice, int Stock, int Variants,
    bool IsArchived, DateTime CreatedAtUtc);

public sealed record ProductListPage(IReadOnlyList<ProductListRow> Rows, int Total);

public sealed record AdminOption(int Id, string Name);

public sealed record ProductEditorOptions(IReadOnlyList<AdminOption> Brands, IReadOnlyList<AdminOption> Categories);

/// <summary>The editor's input as typed: amounts and stock stay text so the service can say what is wrong with them.</summary>
public sealed class ProductForm
{
    public int Id { get; set; }
    public long Version { get; set; }
    public bool IsArchived { get; set; }
    public string Slug { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameDe { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionDe { get; set; } = "";
    public string MaterialEn { get; set; } = "";
    public string MaterialDe { get; set; } = "";
    public string CareEn { get; set; } = "";
    public string CareDe { get; set; } = "";
    public string Origin { get; set; } = "";
    public int BrandId { get; set; }
    public int CategoryId { get; set; }
    public int VatRatePercent { get; set; } = 19;
    public bool IsSustainable { get; set; }
    /// <summary>Members' early access until this local shop time ("2026-12-24T18:00"); empty = none.</summary>
    public string MembersEarlyUntil { get; set; } = "";
    public List<VariantForm> Variants { get; set; } = [];
}

public sealed class VariantForm
{
    public int Id { get; set; }
    public long Version { get; set; }
    public string Sku { get; set; } = "";
    public string Size { get; set; } = "";
    public string ColourEn { get; set; } = "";
    public string ColourDe { get; set; } = "";
    public string ColourHex { get; set; } = "#333333";
    public string Price { get; set; } = "";
    public string CompareAt { get; set; } = "";
    public string Stock { get; set; } = "0";
}

/// <summary>
/// What a command did. <see cref="FieldErrors"/> are keyed by the form's property path ("Slug", "Variants[1].Price");
/// <see cref="Conflict"/> means someone else saved first and nothing was written.
/// </summary>
public sealed record AdminResult(bool Succeeded, int? Id, string? Error, IReadOnlyDictionary<string, string> FieldErrors, bool Conflict = false,
    string? Message = null)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static AdminResult Ok(int id, string? message = null) => new(true, id, null, None, Message: message);

    public static AdminResult Fail(string error) => new(false, null, error, None);

    public static AdminResult Invalid(string error, IReadOnlyDictionary<string, string> fields) => new(false, null, error, fields);

    public static AdminResult Conflicted(string error) => new(false, null, error, None, Conflict: true);
}

public sealed record BulkPriceResult(bool Succeeded, string? Error, int Products, int Variants);
