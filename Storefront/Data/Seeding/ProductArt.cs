using System.Globalization;
using System.Text;
using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

/// <summary>
/// Draws a small, self-contained SVG per product: a silhouette of its kind in its colour on a light tint,
/// the brand mark and the product name. Pure and deterministic; only depends on names, slugs and colours.
/// </summary>
public static partial class ProductArt
{
    private const string Font = "Helvetica, Arial, sans-serif";
    private const int MaxNameLength = 36;

    public static string Svg(Product product, Brand brand, Category category, Variant firstVariant)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(firstVariant);

        var packaged = category.SizeKind == SizeKind.None && firstVariant.ColourEn == "Natural";
        var palette = Palette.For(packaged ? brand.Colour : firstVariant.ColourHex);
        var sb = new StringBuilder(3072);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 400\" width=\"400\" height=\"400\" role=\"img\">\n");
        sb.Append("<title>").Append(Escape($"{brand.Name} {product.NameEn}")).Append("</title>\n");
        sb.Append("<rect width=\"400\" height=\"400\" fill=\"").Append(palette.Background).Append("\"/>\n");
        DrawSilhouette(sb, product, category, firstVariant, palette, brand.Colour);
        sb.Append("<circle cx=\"52\" cy=\"52\" r=\"30\" fill=\"").Append(Hex(brand.Colour)).Append("\"/>\n");
        sb.Append("<text x=\"52\" y=\"60\" text-anchor=\"middle\" font-family=\"").Append(Font)
            .Append("\" font-size=\"21\" font-weight=\"700\" fill=\"#ffffff\">").Append(Escape(Initials(brand.Name))).Append("</text>\n");
        // A product line ("… – Signature") is drawn as a tag in the corner, so the name's start stays readable.
        var nameParts = product.NameEn.Split(" – ", 2);
        if (nameParts.Length == 2)
        {
            sb.Append("<text x=\"380\" y=\"44\" text-anchor=\"end\" font-family=\"").Append(Font)
                .Append("\" font-size=\"20\" font-weight=\"700\" fill=\"#222222\">").Append(Escape(nameParts[1])).Append("</text>\n");
        }

        var shortName = ShortName(nameParts[0]);
        sb.Append("<text x=\"200\" y=\"352\" text-anchor=\"middle\" font-family=\"").Append(Font)
            .Append("\" font-size=\"").Append(shortName.Length > 28 ? "18" : "21").Append("\" fill=\"#222222\">")
            .Append(Escape(shortName)).Append("</text>\n");
        sb.Append("<text x=\"200\" y=\"380\" text-anchor=\"middle\" font-family=\"").Append(Font)
            .Append("\" font-size=\"15\" fill=\"#555555\">").Append(Escape(brand.Name)).Append("</text>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>Writes <c>{assetsRoot}/products/{slug}.svg</c> for every product (UTF-8 without BOM, "\n" line ends).</summary>
    public static void WriteAll(string assetsRoot, DemoCatalogData data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetsRoot);
        ArgumentNullException.ThrowIfNull(data);
        var folder = Path.Combine(assetsRoot, "products");
        Directory.CreateDirectory(folder);
        var brands = data.Brands.ToDictionary(b => b.Id);
        var categories = data.Categories.ToDictionary(c => c.Id);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var product in data.Products.Where(p => p.Variants.Count > 0))
        {
            var svg = Svg(product, brands[product.BrandId], categories[product.CategoryId], product.Variants[0]);
            File.WriteAllText(Path.Combine(folder, product.Slug + ".svg"), svg, utf8);
        }
    }

    internal static string ShortName(string name) =>
        name.Length <= MaxNameLength ? name : name[..(MaxNameLength - 1)].TrimEnd(' ', ',', '-') + "…";

    internal static string Initials(string brandName)
    {
        var words = brandName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToArray();
        return words.Length switch
        {
            0 => "?",
            1 => words[0][..1].ToUpperInvariant(),
            _ => string.Concat(words[0][0], words[1][0]).ToUpperInvariant(),
        };
    }

    private static string Escape(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&apos;");

    private static string Hex(string colour) => Palette.TryParse(colour, out var rgb) ? Palette.Format(rgb) : "#777777";

    private readonly record struct Rgb(int R, int G, int B);

    private sealed record Palette(string Fill, string Stroke, string Accent, string Background)
    {
        public static Palette For(string colour)
        {
            var fill = TryParse(colour, out var rgb) ? rgb : new Rgb(0x77, 0x77, 0x77);
            var luminance = (0.2126 * fill.R + 0.7152 * fill.G + 0.0722 * fill.B) / 255;
            var white = new Rgb(255, 255, 255);
            var black = new Rgb(0, 0, 0);
            return new Palette(
                Format(fill),
                Format(luminance < 0.2 ? Mix(fill, white, 0.3) : Mix(fill, black, 0.45)),
                Format(luminance > 0.5 ? Mix(fill, black, 0.55) : Mix(fill, white, 0.6)),
                luminance > 0.8 ? "#e4e9ef" : Format(Mix(fill, white, 0.86)));
        }

        public static bool TryParse(string colour, out Rgb rgb)
        {
            rgb = default;
            if (colour is not { Length: 7 } || colour[0] != '#'
                || !int.TryParse(colour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            rgb = new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
            return true;
        }

        public static string Format(Rgb c) => string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}");

        private static Rgb Mix(Rgb a, Rgb b, double t) => new(
            (int)Math.Round(a.R + (b.R - a.R) * t),
            (int)Math.Round(a.G + (b.G - a.G) * t),
            (int)Math.Round(a.B + (b.B - a.B) * t));
    }
}
