using System.Text;
using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

public static partial class ProductArt
{
    private const string Tyre = "#2b2b2b";
    private const string Label = "#fdfbf6";
    private const string Sole = "#f2f0ea";

    private static void DrawSilhouette(StringBuilder sb, Product product, Category category, Variant variant, Palette p, string brandColour)
    {
        var name = product.NameEn.ToLowerInvariant();
        var mark = Hex(brandColour);
        switch (category.Slug)
        {
            case "t-shirts" when name.Contains("long-sleeve"):
                LongSleeves(sb, p, hood: false);
                break;
            case "t-shirts":
                TShirt(sb, p);
                break;
            case "hoodies":
                LongSleeves(sb, p, hood: name.Contains("hoodie"));
                break;
            case "jackets":
                Jacket(sb, p);
                break;
            case "jeans":
                Jeans(sb, p);
                break;
            case "dresses":
                Dress(sb, p);
                break;
            case "sneakers":
                Sneaker(sb, p);
                break;
            case "running-shoes":
                RunningShoe(sb, p);
                break;
            case "boots":
                Boot(sb, p);
                break;
            case "road-bikes" or "gravel-bikes" or "mountain-bikes" or "city-trekking-bikes":
                Bike(sb, p, category.Slug);
                break;
            case "bike-accessories":
                Accessory(sb, p, name);
                break;
            case "cat-litter":
                Bucket(sb, p, mark);
                break;
            case "cat-food" or "dog-food" when variant.Size.Contains('×'):
                Can(sb, p, mark, dog: category.Slug == "dog-food");
                break;
            case "cat-food" or "dog-food":
                FoodBag(sb, p, mark, dog: category.Slug == "dog-food");
                break;
            case "coffee":
                CoffeeBag(sb, p, mark);
                break;
            default:
                Box(sb, p);
                break;
        }
    }

    private static void Open(StringBuilder sb, Palette p, int width = 4) =>
        sb.Append("<g fill=\"").Append(p.Fill).Append("\" stroke=\"").Append(p.Stroke).Append("\" stroke-width=\"").Append(width)
            .Append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n");

    private static void Close(StringBuilder sb) => sb.Append("</g>\n");

    private static void Shape(StringBuilder sb, string d, string? fill = null, string? stroke = null, int? width = null)
    {
        sb.Append("<path d=\"").Append(d).Append('"');
        if (fill is not null) sb.Append(" fill=\"").Append(fill).Append('"');
        if (stroke is not null) sb.Append(" stroke=\"").Append(stroke).Append('"');
        if (width is not null) sb.Append(" stroke-width=\"").Append(width.Value).Append('"');
        sb.Append("/>\n");
    }

    private static void Details(StringBuilder sb, Palette p, string d, int width = 3) => Shape(sb, d, "none", p.Accent, width);

    private static void TShirt(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M150 80 L104 98 L58 142 L90 184 L120 166 L120 304 L280 304 L280 166 L310 184 L342 142 L296 98 L250 80 Q200 118 150 80 Z");
        Details(sb, p, "M158 86 Q200 122 242 86 M92 176 L64 146 M308 176 L336 146");
        Close(sb);
    }

    private static void LongSleeves(StringBuilder sb, Palette p, bool hood)
    {
        Open(sb, p);
        if (hood)
        {
            Shape(sb, "M146 96 Q136 34 200 28 Q264 34 254 96 Z");
        }

        Shape(sb, "M150 86 L106 100 Q82 110 74 146 L50 290 L90 298 L118 190 L120 304 L280 304 L282 190 L310 298 L350 290 L326 146 Q318 110 294 100 L250 86 Q200 112 150 86 Z");
        Details(sb, p, "M122 290 L278 290 M54 274 L92 282 M346 274 L308 282");
        if (hood)
        {
            Details(sb, p, "M164 92 Q200 58 236 92 M190 104 L188 152 M210 104 L212 152 M150 236 L250 236 L262 284 L138 284 Z");
        }
        else
        {
            Details(sb, p, "M156 90 Q200 116 244 90");
        }

        Close(sb);
    }

    private static void Jacket(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M146 84 L100 100 Q78 110 70 150 L48 296 L90 302 L116 196 L116 310 L284 310 L284 196 L310 302 L352 296 L330 150 Q322 110 300 100 L254 84 Z");
        Shape(sb, "M146 84 L174 66 L200 112 L160 128 Z M254 84 L226 66 L200 112 L240 128 Z");
        Details(sb, p, "M200 112 L200 310 M134 236 L178 236 M222 236 L266 236 M52 280 L92 288 M348 280 L308 288", 4);
        Close(sb);
    }

    private static void Jeans(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M130 62 L270 62 L288 306 L220 306 L200 142 L180 306 L112 306 Z");
        Details(sb, p, "M131 82 L269 82 M200 82 L200 142 M142 90 Q150 118 178 100 M258 90 Q250 118 222 100 M116 292 L180 292 M220 292 L284 292 M160 62 L160 82 M240 62 L240 82");
        Close(sb);
    }

    private static void Dress(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M170 56 L184 56 Q200 86 216 56 L230 56 L238 136 Q226 150 232 160 L302 304 Q200 322 98 304 L168 160 Q174 150 162 136 Z");
        Details(sb, p, "M164 148 Q200 160 236 148 M150 230 Q200 244 250 230 M126 282 Q200 298 274 282");
        Close(sb);
    }

    private static void Sneaker(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M72 252 L70 202 Q72 180 98 176 L158 166 Q196 140 226 152 L262 186 Q306 196 334 208 Q352 218 348 252 Z");
        Shape(sb, "M64 250 L354 250 Q358 270 340 278 L80 278 Q62 272 64 250 Z", Sole);
        Details(sb, p, "M178 164 L206 190 M194 158 L222 184 M210 152 L238 178 M70 226 L120 228", 4);
        Close(sb);
    }

    private static void RunningShoe(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M80 242 Q70 196 100 182 L164 170 Q206 138 232 152 L272 192 Q322 202 346 222 Q358 236 344 242 Z");
        Shape(sb, "M70 240 L350 240 Q362 264 336 282 L92 282 Q62 272 70 240 Z", Sole);
        Details(sb, p, "M112 222 Q200 232 296 198", 8);
        Details(sb, p, "M96 262 L330 262 M186 160 L212 186 M202 152 L228 178");
        Close(sb);
    }

    private static void Boot(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M126 70 L214 70 L218 196 Q262 204 318 220 Q344 230 342 256 L342 262 L116 262 L118 220 Q122 140 126 70 Z");
        Shape(sb, "M110 262 L348 262 L348 286 L110 286 Z", p.Stroke);
        Shape(sb, "M132 70 L132 50 L154 50 L154 70");
        Details(sb, p, "M204 92 L204 196 M120 118 L214 118", 4);
        Close(sb);
    }

    private static void Bike(StringBuilder sb, Palette p, string kind)
    {
        var tyre = kind switch { "mountain-bikes" => 15, "gravel-bikes" => 10, "city-trekking-bikes" => 8, _ => 5 };
        foreach (var x in new[] { 112, 290 })
        {
            sb.Append("<circle cx=\"").Append(x).Append("\" cy=\"232\" r=\"62\" fill=\"none\" stroke=\"").Append(Tyre)
                .Append("\" stroke-width=\"").Append(tyre).Append("\"/>\n");
            sb.Append("<circle cx=\"").Append(x).Append("\" cy=\"232\" r=\"6\" fill=\"").Append(Tyre).Append("\"/>\n");
        }

        var outline = p.Fill == "#f5f5f2" || p.Background == "#e4e9ef" ? p.Stroke : p.Fill;
        sb.Append("<g fill=\"none\" stroke=\"").Append(outline).Append("\" stroke-width=\"10\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n");
        switch (kind)
        {
            case "mountain-bikes":
                Shape(sb, "M112 232 L192 236 L176 150 Z M176 150 L266 128 L274 158 L192 236");
                Shape(sb, "M274 158 L290 232", stroke: Tyre, width: 14);
                Shape(sb, "M176 150 L170 118 M148 114 L188 114 M266 128 L270 116 M254 112 L302 108", stroke: Tyre, width: 8);
                break;
            case "city-trekking-bikes":
                Shape(sb, "M112 232 L192 236 L176 136 L112 232 M276 142 Q222 172 192 236 M276 142 L290 232");
                Shape(sb, "M176 136 L172 116 M152 112 L190 112 M276 142 L270 112 Q292 98 308 118", stroke: Tyre, width: 8);
                Shape(sb, "M44 222 A70 70 0 0 1 176 206 M226 206 A70 70 0 0 1 356 220 M112 168 L178 168 M112 168 L112 232", stroke: p.Stroke, width: 5);
                break;
            default:
                Shape(sb, "M112 232 L192 236 L172 136 Z M172 136 L270 132 L278 156 L192 236 M278 156 L290 232");
                var bar = kind == "gravel-bikes" ? "M296 118 Q324 122 318 148 Q316 160 300 158" : "M296 118 Q318 120 316 140 Q314 152 302 150";
                Shape(sb, $"M172 136 L166 112 M146 110 L186 110 M270 132 L276 120 L296 118 {bar}", stroke: Tyre, width: 8);
                break;
        }

        sb.Append("<circle cx=\"192\" cy=\"236\" r=\"13\" fill=\"").Append(Tyre).Append("\" stroke=\"none\"/>\n");
        Close(sb);
    }

    private static void Accessory(StringBuilder sb, Palette p, string name)
    {
        Open(sb, p);
        if (name.Contains("light"))
        {
            Shape(sb, "M110 168 L236 168 Q262 168 262 200 Q262 232 236 232 L110 232 Q86 232 86 200 Q86 168 110 168 Z");
            Shape(sb, "M262 170 Q280 200 262 230 Z", "#fff7cc");
            Shape(sb, "M150 232 L150 262 L200 262 L200 232", p.Stroke);
            Details(sb, p, "M292 176 L340 156 M296 200 L348 200 M292 224 L340 244", 6);
        }
        else if (name.Contains("lock"))
        {
            Shape(sb, "M140 246 L140 140 Q140 80 200 80 Q260 80 260 140 L260 246", "none", "#8e949b", 26);
            Shape(sb, "M108 236 L292 236 Q302 236 302 248 L302 268 Q302 280 292 280 L108 280 Q98 280 98 268 L98 248 Q98 236 108 236 Z");
            Details(sb, p, "M250 258 L270 258", 6);
        }
        else if (name.Contains("pump"))
        {
            Shape(sb, "M96 180 L286 180 L286 220 L96 220 Z");
            Shape(sb, "M286 172 L322 172 L322 228 L286 228 Z M66 186 L96 186 L96 214 L66 214 Z", p.Stroke);
            Shape(sb, "M138 200 m-12 0 a12 12 0 1 0 24 0 a12 12 0 1 0 -24 0", Label);
        }
        else if (name.Contains("bottle"))
        {
            Shape(sb, "M170 92 L230 92 L236 120 Q262 130 262 160 L262 300 Q262 312 250 312 L150 312 Q138 312 138 300 L138 160 Q138 130 164 120 Z");
            Shape(sb, "M176 70 L224 70 L226 94 L174 94 Z", p.Stroke);
            Details(sb, p, "M140 200 L260 200 M140 250 L260 250", 4);
        }
        else if (name.Contains("bag"))
        {
            Shape(sb, "M96 128 L304 128 Q312 128 306 138 L190 282 Q180 292 172 280 L92 140 Q88 128 96 128 Z");
            Details(sb, p, "M110 146 L286 146 M150 128 L150 112 M250 128 L250 112", 4);
        }
        else
        {
            Shape(sb, "M130 170 L120 108 M162 170 L172 100 M246 170 L268 110", "none", "#8e949b", 14);
            Shape(sb, "M130 168 L270 168 Q292 168 292 198 Q292 228 270 228 L130 228 Q108 228 108 198 Q108 168 130 168 Z");
            Details(sb, p, "M140 198 L260 198", 4);
        }

        Close(sb);
    }

    private static void Bucket(StringBuilder sb, Palette p, string mark)
    {
        Open(sb, p);
        Shape(sb, "M150 102 Q200 36 250 102", "none", p.Stroke, 9);
        Shape(sb, "M118 118 L282 118 L298 304 L102 304 Z");
        Shape(sb, "M108 98 L292 98 L292 122 L108 122 Z", p.Stroke);
        LabelWithIcon(sb, 140, 166, 120, 104, mark, Paw);
        Close(sb);
    }

    private static void FoodBag(StringBuilder sb, Palette p, string mark, bool dog)
    {
        Open(sb, p);
        Shape(sb, "M130 82 L270 82 L280 112 L290 304 L110 304 L120 112 Z");
        Shape(sb, "M130 82 L270 82 L272 98 L128 98 Z", p.Stroke);
        LabelWithIcon(sb, 140, 152, 120, 110, mark, dog ? Bone : Paw);
        Close(sb);
    }

    private static void Can(StringBuilder sb, Palette p, string mark, bool dog)
    {
        Open(sb, p);
        Shape(sb, "M126 128 L126 286 Q200 310 274 286 L274 128 Z");
        Shape(sb, "M126 128 Q126 110 200 110 Q274 110 274 128 Q274 146 200 146 Q126 146 126 128 Z", p.Stroke);
        Shape(sb, "M186 124 Q200 116 214 124", "none", p.Accent, 4);
        LabelWithIcon(sb, 126, 176, 148, 84, mark, dog ? Bone : Paw);
        Close(sb);
    }

    private static void CoffeeBag(StringBuilder sb, Palette p, string mark)
    {
        Open(sb, p);
        Shape(sb, "M144 70 L256 70 L266 100 L274 304 L126 304 L134 100 Z");
        Shape(sb, "M144 70 L256 70 L258 86 L142 86 Z", p.Stroke);
        Shape(sb, "M200 122 m-9 0 a9 9 0 1 0 18 0 a9 9 0 1 0 -18 0", p.Accent);
        LabelWithIcon(sb, 148, 168, 104, 100, mark, Bean);
        Close(sb);
    }

    private static void Box(StringBuilder sb, Palette p)
    {
        Open(sb, p);
        Shape(sb, "M120 140 L280 140 L280 300 L120 300 Z M110 118 L290 118 L290 140 L110 140 Z");
        Close(sb);
    }

    private static void LabelWithIcon(StringBuilder sb, int x, int y, int w, int h, string mark, Action<StringBuilder, int, int, string> icon)
    {
        sb.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" width=\"").Append(w).Append("\" height=\"").Append(h)
            .Append("\" rx=\"12\" fill=\"").Append(Label).Append("\" stroke=\"none\"/>\n");
        icon(sb, x + w / 2, y + h / 2, mark);
    }

    private static void Paw(StringBuilder sb, int cx, int cy, string colour)
    {
        sb.Append("<g fill=\"").Append(colour).Append("\" stroke=\"none\">");
        sb.Append("<ellipse cx=\"").Append(cx).Append("\" cy=\"").Append(cy + 12).Append("\" rx=\"18\" ry=\"14\"/>");
        foreach (var (dx, dy) in new[] { (-22, -6), (-8, -20), (8, -20), (22, -6) })
        {
            sb.Append("<circle cx=\"").Append(cx + dx).Append("\" cy=\"").Append(cy + dy).Append("\" r=\"7\"/>");
        }

        sb.Append("</g>\n");
    }

    private static void Bone(StringBuilder sb, int cx, int cy, string colour)
    {
        sb.Append("<g fill=\"").Append(colour).Append("\" stroke=\"none\">");
        sb.Append("<rect x=\"").Append(cx - 30).Append("\" y=\"").Append(cy - 7).Append("\" width=\"60\" height=\"14\"/>");
        foreach (var (dx, dy) in new[] { (-30, -8), (-30, 8), (30, -8), (30, 8) })
        {
            sb.Append("<circle cx=\"").Append(cx + dx).Append("\" cy=\"").Append(cy + dy).Append("\" r=\"9\"/>");
        }

        sb.Append("</g>\n");
    }

    private static void Bean(StringBuilder sb, int cx, int cy, string colour)
    {
        sb.Append("<g transform=\"rotate(-30 ").Append(cx).Append(' ').Append(cy).Append(")\">");
        sb.Append("<ellipse cx=\"").Append(cx).Append("\" cy=\"").Append(cy).Append("\" rx=\"17\" ry=\"26\" fill=\"").Append(colour).Append("\" stroke=\"none\"/>");
        sb.Append("<path d=\"M").Append(cx - 3).Append(' ').Append(cy - 22).Append(" Q").Append(cx + 9).Append(' ').Append(cy)
            .Append(' ').Append(cx - 3).Append(' ').Append(cy + 22).Append("\" fill=\"none\" stroke=\"").Append(Label).Append("\" stroke-width=\"4\"/>");
        sb.Append("</g>\n");
    }
}
