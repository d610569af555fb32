using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Storefront.Features.Checkout;

/// <summary>A delivery address as entered (all fields trimmed).</summary>
public sealed record ShippingAddress(string FullName, string Street, string PostalCode, string City, string Country)
{
    public static ShippingAddress From(string? fullName, string? street, string? postalCode, string? city, string? country) =>
        new((fullName ?? "").Trim(), (street ?? "").Trim(), (postalCode ?? "").Trim(), (city ?? "").Trim(), (country ?? "").Trim());
}

/// <summary>A problem with one field: the field's name (as in the form) and the message to show next to it.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>Checks an address field by field. Postcodes are checked against the country's format.</summary>
public sealed partial class AddressRules(IStringLocalizer<CheckoutText> text, ShippingRules shipping)
{
    public IReadOnlyList<FieldProblem> Check(ShippingAddress a)
    {
        var problems = new List<FieldProblem>();
        Required(problems, "fullName", a.FullName, 100, text["NameRequired"]);
        Required(problems, "street", a.Street, 100, text["StreetRequired"]);
        Required(problems, "city", a.City, 60, text["CityRequired"]);
        if (!shipping.ShipsTo(a.Country))
        {
            problems.Add(new("country", text["CountryNotShipped"]));
        }
        else if (!PostcodeFits(a.Country, a.PostalCode))
        {
            problems.Add(new("postalCode", a.Country switch
            {
                "Germany" => text["PostcodeGermany"],
                "Austria" or "Switzerland" or "Denmark" => text["PostcodeFourDigits"],
                _ => text["PostcodeInvalid"],
            }));
        }
        return problems;
    }

    public static bool PostcodeFits(string country, string postcode) => country switch
    {
        "Germany" or "France" or "Italy" or "Spain" => FiveDigits().IsMatch(postcode),
        "Austria" or "Switzerland" or "Denmark" => FourDigits().IsMatch(postcode),
        "Netherlands" => DutchPostcode().IsMatch(postcode),
        _ => OtherPostcode().IsMatch(postcode),
    };

    private static void Required(List<FieldProblem> problems, string field, string value, int max, string message)
    {
        if (value.Length == 0 || value.Length > max)
        {
            problems.Add(new(field, message));
        }
    }

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^\d{4} ?[A-Za-z]{2}$")]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$")]
    private static partial Regex OtherPostcode();
}
