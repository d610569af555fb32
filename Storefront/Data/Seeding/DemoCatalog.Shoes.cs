using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

internal static partial class DemoCatalogSpecs
{
    private static readonly Phrase LeatherCare = new("Brush off dirt and treat with leather balm now and then.",
        "Schmutz abbürsten und ab und zu mit Lederbalsam pflegen.");
    private static readonly Phrase SuedeCare = new("Brush with a suede brush; protect with a water-repellent spray.",
        "Mit einer Veloursbürste bürsten; mit wasserabweisendem Spray schützen.");
    private static readonly Phrase TextileShoeCare = new("Wipe clean with a damp cloth; remove the insole to air dry.",
        "Mit einem feuchten Tuch reinigen; Einlegesohle zum Trocknen herausnehmen.");
    private static readonly Phrase RunningShoeCare = new("Rinse off mud and let dry away from the heater, stuffed with newspaper.",
        "Schlamm abspülen und mit Zeitungspapier ausgestopft fern der Heizung trocknen lassen.");

    private static readonly Phrase LeatherUpper = new("Leather upper, rubber sole", "Obermaterial Leder, Laufsohle Gummi");
    private static readonly Phrase MeshUpper = new("Engineered mesh upper, EVA foam midsole, rubber outsole",
        "Obermaterial Mesh, Zwischensohle EVA-Schaum, Laufsohle Gummi");

    private static readonly string[] ShoeOrigins = ["Portugal", "Vietnam", "Italy", "Spain", "Indonesia"];

    private static SubcategorySpec Sneakers => new("sneakers", "Sneakers", "Sneaker", "shoes", SizeKind.Shoe, "SN", "shoes", 19,
        ShoeSizes, ["WHT", "BLK", "NAV", "GRY", "SND", "GRN"], 2, ShoeOrigins,
        [
            new("Leather court sneaker", "Leder-Sneaker im Court-Stil",
                new("Smooth full-grain leather on a stitched cupsole.", "Glattes Vollnarbenleder auf einer genähten Cupsole."),
                LeatherUpper, LeatherCare, 99, 169),
            new("Organic canvas sneaker", "Canvas-Sneaker aus Bio-Baumwolle",
                new("Organic canvas and natural rubber for everyday miles.", "Bio-Canvas und Naturkautschuk für die täglichen Wege."),
                new("Organic cotton canvas upper, natural rubber sole", "Obermaterial Bio-Baumwoll-Canvas, Sohle Naturkautschuk"), TextileShoeCare, 69, 89, Eco: true),
            new("Suede retro runner", "Retro-Runner aus Wildleder",
                new("A retro running silhouette with suede overlays and a soft heel.", "Eine Retro-Laufsilhouette mit Wildlederbesätzen und weicher Ferse."),
                new("Suede and nylon upper, rubber sole", "Obermaterial Veloursleder und Nylon, Sohle Gummi"), SuedeCare, 89, 139),
            new("Recycled knit slip-on", "Strick-Slip-on aus Recycling-Garn",
                new("A seamless knit upper made from recycled yarn; no laces to tie.", "Nahtloses Strickobermaterial aus recyceltem Garn – ohne Schnürsenkel."),
                new("Recycled polyester knit, EVA sole", "Recycling-Polyester-Strick, EVA-Sohle"), TextileShoeCare, 79, 119, Eco: true),
            new("Canvas high-top sneaker", "High-Top-Sneaker aus Canvas",
                new("A padded collar and a grippy vulcanised sole.", "Ein gepolsterter Schaft und eine griffige vulkanisierte Sohle."),
                new("Cotton canvas upper, rubber sole", "Obermaterial Baumwoll-Canvas, Sohle Gummi"), TextileShoeCare, 79, 129),
            new("Plant-based leather sneaker", "Sneaker aus pflanzlichem Leder",
                new("A vegan leather alternative made partly from corn waste.", "Eine vegane Lederalternative, teils aus Maisresten hergestellt."),
                new("Plant-based leather alternative, recycled rubber sole", "Pflanzliche Lederalternative, Sohle aus Recycling-Gummi"), TextileShoeCare, 99, 149, Eco: true),
        ]);

    private static SubcategorySpec RunningShoes => new("running-shoes", "Running shoes", "Laufschuhe", "shoes", SizeKind.Shoe, "RN", "shoes", 19,
        ShoeSizes, ["BLK", "ORA", "SKY", "RED", "GRY", "PET", "LIL"], 2, ["Vietnam", "Indonesia", "China", "Portugal"],
        [
            new("Cushioned road running shoe", "Gedämpfter Straßenlaufschuh",
                new("A thick foam midsole takes the sting out of long runs.", "Eine dicke Schaumzwischensohle nimmt langen Läufen die Härte."),
                MeshUpper, RunningShoeCare, 119, 179),
            new("Lightweight tempo trainer", "Leichter Tempo-Trainer",
                new("Snappy and light for intervals and race day.", "Spritzig und leicht für Intervalle und den Wettkampftag."),
                MeshUpper, RunningShoeCare, 129, 199),
            new("Trail running shoe", "Trailrunning-Schuh",
                new("Four-millimetre lugs and a rock plate for rough paths.", "Vier Millimeter tiefe Stollen und eine Steinschutzplatte für raue Wege."),
                MeshUpper, RunningShoeCare, 119, 169),
            new("Stability running shoe", "Stabilitäts-Laufschuh",
                new("A firmer inner side gently guides feet that roll in.", "Eine festere Innenseite führt nach innen kippende Füße sanft."),
                MeshUpper, RunningShoeCare, 109, 159),
            new("Recycled daily trainer", "Alltags-Laufschuh aus Recycling-Material",
                new("Half of the upper is made from recycled plastic; the foam is partly bio-based.", "Das Obermaterial besteht zur Hälfte aus recyceltem Kunststoff, der Schaum teils aus nachwachsenden Rohstoffen."),
                new("Recycled polyester mesh, bio-based EVA midsole, rubber outsole", "Recycling-Polyester-Mesh, biobasierte EVA-Zwischensohle, Gummisohle"), RunningShoeCare, 99, 139, Eco: true),
            new("Waterproof trail shoe", "Wasserdichter Trailschuh",
                new("A waterproof membrane and a gaiter loop for wet winter runs.", "Eine wasserdichte Membran und eine Gamaschenöse für nasse Winterläufe."),
                new("Mesh upper with waterproof membrane, rubber outsole", "Obermaterial Mesh mit wasserdichter Membran, Gummisohle"), RunningShoeCare, 139, 189),
        ]);

    private static SubcategorySpec Boots => new("boots", "Boots", "Stiefel", "shoes", SizeKind.Shoe, "BT", "shoes", 19,
        ShoeSizes, ["BLK", "SND", "CHR", "OLV", "COG", "BRN"], 2, ["Portugal", "Italy", "Romania", "Spain"],
        [
            new("Leather Chelsea boot", "Chelsea-Boot aus Leder",
                new("Elastic side panels and pull tabs make it quick to slip on.", "Elastische Seiteneinsätze und Zuglaschen machen das Anziehen leicht."),
                LeatherUpper, LeatherCare, 129, 219),
            new("Waterproof hiking boot", "Wasserdichter Wanderstiefel",
                new("A waterproof lining and a grippy lugged sole for wet mountain paths.", "Ein wasserdichtes Futter und eine griffige Profilsohle für nasse Bergwege."),
                new("Nubuck upper with waterproof lining, rubber sole", "Obermaterial Nubukleder mit wasserdichtem Futter, Gummisohle"), LeatherCare, 149, 239),
            new("Lace-up work boot", "Schnürstiefel im Worker-Stil",
                new("Goodyear-welted, so it can be resoled again and again.", "Rahmengenäht, damit er immer wieder neu besohlt werden kann."),
                LeatherUpper, LeatherCare, 179, 259),
            new("Wool-lined winter boot", "Winterstiefel mit Wollfutter",
                new("A warm wool lining and a cold-proof sole keep feet cosy down to −20 °C.", "Ein warmes Wollfutter und eine kältefeste Sohle halten die Füße bis −20 °C warm."),
                new("Leather upper, wool lining, rubber sole", "Obermaterial Leder, Futter Wolle, Sohle Gummi"), LeatherCare, 129, 199),
            new("Suede desert boot", "Desert Boot aus Wildleder",
                new("Soft suede on a springy crepe sole.", "Weiches Veloursleder auf einer federnden Kreppsohle."),
                new("Suede upper, crepe rubber sole", "Obermaterial Veloursleder, Sohle Kreppgummi"), SuedeCare, 119, 169),
        ]);

    private static readonly Phrase[] ShoeIntros =
    [
        new("{brand} builds this shoe for people who are on their feet all day.", "{brand} baut diesen Schuh für Menschen, die den ganzen Tag auf den Beinen sind."),
        new("Comfortable from the first step, as you would expect from {brand}.", "Bequem vom ersten Schritt an, wie man es von {brand} erwartet."),
        new("A {brand} classic that has been quietly improved every season.", "Ein Klassiker von {brand}, der jede Saison leise verbessert wurde."),
        new("Made on the {brand} last, with a heel that holds and a toe that has room.", "Auf dem Leisten von {brand} gefertigt, mit einer Ferse, die hält, und Platz für die Zehen."),
        new("Designed by {brand} to look good and to last many thousand steps.", "Von {brand} entworfen, um gut auszusehen und viele tausend Schritte zu halten."),
    ];

    private static readonly Phrase[] ShoeClosers =
    [
        new("Unsure about the size? Measure your foot and let the size advisor pick.", "Unsicher bei der Größe? Fuß messen und den Größenberater wählen lassen."),
        new("The removable insole makes room for your own orthotics.", "Die herausnehmbare Einlegesohle macht Platz für eigene Einlagen."),
        new("Comes in a recycled cardboard box without plastic fillers.", "Kommt in einem Karton aus Recyclingpappe ohne Kunststofffüllung."),
        new("Free returns within 30 days if they pinch anywhere.", "Kostenlose Rücksendung innerhalb von 30 Tagen, falls es irgendwo drückt."),
    ];
}
