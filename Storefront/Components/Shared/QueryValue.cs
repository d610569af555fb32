namespace Storefront.Components.Shared;

/// <summary>Lenient parsing of query-string values: a tampered or missing value falls back instead of failing.</summary>
public static class QueryValue
{
    public static int PageNumber(string? value) =>
        int.TryParse(value, out var page) && page is >= 1 and <= 10_000 ? page : 1;
}
