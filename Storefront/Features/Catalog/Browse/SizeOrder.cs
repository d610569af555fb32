using System.Globalization;

namespace Storefront.Features.Catalog.Browse;

/// <summary>Orders size labels as a shopper reads them: XS before XXL, 39 before 41, 250 g before 1 kg.</summary>
public static class SizeOrder
{
    private static readonly string[] Letters = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"];

    public static (int Group, double Value, string Label) Key(string size)
    {
        var letter = Array.IndexOf(Letters, size);
        if (letter >= 0)
        {
            return (0, letter, size);
        }
        var number = new string(size.TakeWhile(c => char.IsDigit(c) || c is '.' or ',').ToArray()).Replace(',', '.');
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var unit = size[number.Length..].Trim();
            // Pack sizes: compare in grams / millilitres.
            value *= unit.StartsWith("kg", StringComparison.Ordinal) ? 1000 : 1;
            return (unit.Length == 0 || unit == "cm" ? 1 : 2, value, size);
        }
        return (3, 0, size);
    }
}
