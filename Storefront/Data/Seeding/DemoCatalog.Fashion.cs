using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

internal static partial class DemoCatalogSpecs
{
    private static readonly Phrase CottonCare = new("Machine wash at 30 °C inside out; do not tumble dry.",
        "Bei 30 °C auf links waschen; nicht in den Trockner.");
    private static readonly Phrase WoolCare = new("Wool cycle at 30 °C or hand wash; dry flat.",
        "Wollwaschgang bei 30 °C oder Handwäsche; liegend trocknen.");
    private static readonly Phrase SyntheticCare = new("Machine wash at 30 °C; no fabric softener.",
        "Bei 30 °C waschen; keinen Weichspüler verwenden.");
    private static readonly Phrase LinenCare = new("Gentle wash at 40 °C; iron while still damp.",
        "Schonwaschgang bei 40 °C; leicht feucht bügeln.");
    private static readonly Phrase DenimCare = new("Wash rarely, cold and inside out; hang to dry.",
        "Selten, kalt und auf links waschen; zum Trocknen aufhängen.");
    private static readonly Phrase OuterwearCare = new("Wash at 30 °C with technical detergent; re-proof now and then.",
        "Bei 30 °C mit Funktionswaschmittel waschen; ab und zu neu imprägnieren.");
    private static readonly Phrase WaxCare = new("Do not wash; sponge clean with cold water and re-wax once a year.",
        "Nicht waschen; mit kaltem Wasser abwischen und einmal im Jahr nachwachsen.");
    private static readonly Phrase DownCare = new("Wash at 30 °C with down detergent; tumble dry with tennis balls.",
        "Bei 30 °C mit Daunenwaschmittel waschen; mit Tennisbällen im Trockner trocknen.");

    private static readonly string[] ClothingOrigins = ["Portugal", "Turkey", "Romania", "Bangladesh", "Italy", "Lithuania"];

    private static SubcategorySpec TShirts => new("t-shirts", "T-shirts", "T-Shirts", "fashion", SizeKind.Clothing, "TS", "fashion", 19,
        ClothingSizes, ["NAV", "BLK", "WHT", "GRY", "OLV", "SKY", "RST", "MUS", "ECR", "SAG"], 3, ClothingOrigins,
        [
            new("Merino crew T-shirt", "Merino-T-Shirt mit Rundhals",
                new("Fine 150 g merino regulates temperature and stays fresh for days.", "Feines 150-g-Merino reguliert die Temperatur und bleibt tagelang frisch."),
                new("100 % merino wool", "100 % Merinowolle"), WoolCare, 39, 49),
            new("Organic cotton T-shirt", "T-Shirt aus Bio-Baumwolle",
                new("GOTS-certified organic cotton, dyed without harsh chemicals.", "GOTS-zertifizierte Bio-Baumwolle, ohne aggressive Chemikalien gefärbt."),
                new("100 % organic cotton", "100 % Bio-Baumwolle"), CottonCare, 19, 29, Eco: true),
            new("Heavyweight pocket T-shirt", "Schweres T-Shirt mit Brusttasche",
                new("A dense 240 g jersey with a chest pocket and a boxy cut.", "Dichter 240-g-Jersey mit Brusttasche und kastigem Schnitt."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 25, 35),
            new("Striped Breton shirt", "Gestreiftes Bretagne-Shirt",
                new("Classic horizontal stripes and a wide boat neck.", "Klassische Querstreifen und ein weiter U-Boot-Ausschnitt."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 29, 45),
            new("V-neck T-shirt", "T-Shirt mit V-Ausschnitt",
                new("A slim cut with a soft, narrow V-neck that keeps its shape.", "Schmal geschnitten, mit weichem, schmalem V-Ausschnitt, der in Form bleibt."),
                new("95 % cotton, 5 % elastane", "95 % Baumwolle, 5 % Elasthan"), CottonCare, 19, 29),
            new("Waffle long-sleeve shirt", "Langarmshirt in Waffelstruktur",
                new("The waffle knit traps warm air, ideal as a layer on cool mornings.", "Die Waffelstruktur hält warme Luft – ideal als Lage an kühlen Morgen."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 29, 45),
            new("Recycled sports T-shirt", "Sportshirt aus Recycling-Polyester",
                new("Quick-drying fabric made from recycled bottles, with flat seams that never chafe.", "Schnell trocknender Stoff aus recycelten Flaschen, mit flachen Nähten, die nicht scheuern."),
                new("100 % recycled polyester", "100 % recyceltes Polyester"), SyntheticCare, 25, 39, Eco: true),
            new("Linen-blend T-shirt", "T-Shirt aus Leinenmischung",
                new("An airy linen blend with a relaxed drape for hot days.", "Luftige Leinenmischung mit lockerem Fall für heiße Tage."),
                new("55 % linen, 45 % cotton", "55 % Leinen, 45 % Baumwolle"), LinenCare, 29, 45),
            new("Merino cycling T-shirt", "Merino-Rad-T-Shirt",
                new("A longer back and a zipped rear pocket make it ready for the saddle.", "Verlängerter Rücken und eine Reißverschlusstasche hinten – bereit für den Sattel."),
                new("80 % merino wool, 20 % polyamide", "80 % Merinowolle, 20 % Polyamid"), WoolCare, 39, 49),
        ]);

    private static SubcategorySpec Hoodies => new("hoodies", "Hoodies & sweatshirts", "Hoodies & Sweatshirts", "fashion", SizeKind.Clothing, "HD", "fashion", 19,
        ClothingSizes, ["GRY", "NAV", "BLK", "OLV", "BRD", "GRN", "SND", "CHR"], 3, ClothingOrigins,
        [
            new("Heavyweight hoodie", "Schwerer Hoodie",
                new("Brushed 400 g loopback fleece with a double-layer hood.", "Angerauter 400-g-Fleece mit doppellagiger Kapuze."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 69, 99),
            new("Organic zip hoodie", "Zip-Hoodie aus Bio-Baumwolle",
                new("A full-length zip and ribbed cuffs, made from certified organic cotton.", "Durchgehender Reißverschluss und Rippbündchen, aus zertifizierter Bio-Baumwolle."),
                new("100 % organic cotton", "100 % Bio-Baumwolle"), CottonCare, 59, 89, Eco: true),
            new("Merino hoodie", "Merino-Hoodie",
                new("Light enough for summer evenings, warm enough for the trail.", "Leicht genug für Sommerabende, warm genug für den Trail."),
                new("100 % merino wool", "100 % Merinowolle"), WoolCare, 99, 119),
            new("Recycled fleece half-zip", "Fleece-Troyer aus Recycling-Material",
                new("Soft microfleece with a stand-up collar and a kangaroo pocket.", "Weiches Mikrofleece mit Stehkragen und Kängurutasche."),
                new("100 % recycled polyester", "100 % recyceltes Polyester"), SyntheticCare, 49, 79, Eco: true),
            new("Relaxed crew sweatshirt", "Lässiges Sweatshirt",
                new("Dropped shoulders and a soft, brushed inside.", "Überschnittene Schultern und eine weich angeraute Innenseite."),
                new("80 % cotton, 20 % polyester", "80 % Baumwolle, 20 % Polyester"), CottonCare, 49, 69),
            new("Garment-dyed hoodie", "Stückgefärbter Hoodie",
                new("Dyed after sewing for a lived-in colour that softens with every wash.", "Nach dem Nähen gefärbt – für eine lebendige Farbe, die mit jeder Wäsche weicher wird."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 69, 89),
        ]);

    private static SubcategorySpec Jackets => new("jackets", "Jackets", "Jacken", "fashion", SizeKind.Clothing, "JK", "fashion", 19,
        ClothingSizes, ["NAV", "BLK", "OLV", "SND", "GRN", "RST", "PET"], 2, ["Portugal", "Vietnam", "Romania", "China", "United Kingdom"],
        [
            new("Waterproof rain jacket", "Wasserdichte Regenjacke",
                new("Taped seams and a 20,000 mm membrane keep downpours out.", "Verschweißte Nähte und eine 20.000-mm-Membran halten Platzregen draußen."),
                new("Recycled polyamide with a PFC-free membrane", "Recyceltes Polyamid mit PFC-freier Membran"), OuterwearCare, 149, 249, Eco: true),
            new("Down puffer jacket", "Daunensteppjacke",
                new("Responsibly sourced down in baffled chambers for cold winter days.", "Verantwortungsvoll gewonnene Daune in Steppkammern für kalte Wintertage."),
                new("Shell polyamide; filling 90 % down, 10 % feathers", "Außen Polyamid; Füllung 90 % Daunen, 10 % Federn"), DownCare, 199, 349),
            new("Waxed cotton field jacket", "Gewachste Feldjacke",
                new("Four bellows pockets and a corduroy collar; the wax can be renewed for decades.", "Vier Blasebalgtaschen und ein Cordkragen; das Wachs lässt sich über Jahrzehnte erneuern."),
                new("Waxed cotton", "Gewachste Baumwolle"), WaxCare, 179, 299),
            new("Denim trucker jacket", "Jeansjacke im Trucker-Stil",
                new("Rigid 13 oz denim that breaks in beautifully.", "Fester 13-oz-Denim, der sich wunderbar einträgt."),
                new("100 % cotton denim", "100 % Baumwoll-Denim"), DenimCare, 89, 139),
            new("Packable cycling rain jacket", "Verstaubare Fahrrad-Regenjacke",
                new("Packs into its own chest pocket and has reflective details at the back.", "Lässt sich in die eigene Brusttasche packen und hat reflektierende Details am Rücken."),
                new("100 % recycled polyamide", "100 % recyceltes Polyamid"), OuterwearCare, 99, 159, Eco: true),
            new("Softshell jacket", "Softshelljacke",
                new("Wind-resistant stretch fabric with a fleece-lined collar.", "Winddichter Stretchstoff mit fleecegefüttertem Kragen."),
                new("92 % polyester, 8 % elastane", "92 % Polyester, 8 % Elasthan"), SyntheticCare, 99, 169),
            new("Wool overshirt", "Hemdjacke aus Wolle",
                new("A heavy wool overshirt that works as a light jacket in autumn.", "Ein schweres Wollhemd, das im Herbst als leichte Jacke durchgeht."),
                new("80 % wool, 20 % polyamide", "80 % Wolle, 20 % Polyamid"), WoolCare, 119, 179),
        ]);

    private static SubcategorySpec Jeans => new("jeans", "Jeans", "Jeans", "fashion", SizeKind.Clothing, "JN", "fashion", 19,
        ClothingSizes, ["IND", "LDN", "BLK", "CHR"], 2, ["Portugal", "Turkey", "Italy", "Tunisia"],
        [
            new("Slim-fit jeans", "Slim-Fit-Jeans",
                new("Slim through the thigh with a slightly tapered leg.", "Schmal an den Oberschenkeln, mit leicht zulaufendem Bein."),
                new("98 % cotton, 2 % elastane", "98 % Baumwolle, 2 % Elasthan"), DenimCare, 69, 99),
            new("Straight selvedge jeans", "Selvedge-Jeans mit geradem Bein",
                new("Japanese selvedge denim, raw and unwashed, for fades that are your own.", "Japanischer Selvedge-Denim, roh und ungewaschen, für ein ganz eigenes Tragebild."),
                new("100 % cotton", "100 % Baumwolle"), DenimCare, 119, 149),
            new("Organic tapered jeans", "Tapered Jeans aus Bio-Baumwolle",
                new("Room in the seat and a tapered leg, cut from organic denim.", "Bequem an der Hüfte, zulaufendes Bein, aus Bio-Denim geschnitten."),
                new("100 % organic cotton", "100 % Bio-Baumwolle"), DenimCare, 79, 109, Eco: true),
            new("Wide-leg high-rise jeans", "Weite High-Waist-Jeans",
                new("A high rise and a wide leg that falls straight to the floor.", "Hoher Bund und ein weites Bein, das gerade bis zum Boden fällt."),
                new("100 % cotton", "100 % Baumwolle"), DenimCare, 79, 119),
            new("Stretch cycling jeans", "Stretch-Radjeans",
                new("A raised back rise, a gusseted crotch and reflective turn-ups.", "Erhöhter Rückenbund, Zwickel im Schritt und reflektierende Aufschläge."),
                new("96 % cotton, 4 % elastane", "96 % Baumwolle, 4 % Elasthan"), DenimCare, 89, 129),
            new("Relaxed carpenter jeans", "Lässige Carpenter-Jeans",
                new("Tool pocket, hammer loop and plenty of room to move.", "Werkzeugtasche, Hammerschlaufe und viel Bewegungsfreiheit."),
                new("100 % cotton", "100 % Baumwolle"), DenimCare, 79, 109),
        ]);

    private static SubcategorySpec Dresses => new("dresses", "Dresses", "Kleider", "fashion", SizeKind.Clothing, "DR", "fashion", 19,
        ClothingSizes, ["BLK", "NAV", "BRD", "PNK", "SAG", "LIL", "RED", "CRM"], 3, ClothingOrigins,
        [
            new("Linen midi dress", "Midikleid aus Leinen",
                new("A buttoned front, a tie waist and deep side pockets.", "Knopfleiste, Bindegürtel und tiefe Seitentaschen."),
                new("100 % linen", "100 % Leinen"), LinenCare, 89, 149),
            new("Jersey wrap dress", "Wickelkleid aus Jersey",
                new("Soft viscose jersey that drapes well and doesn't crease in a suitcase.", "Weicher Viskosejersey, der schön fällt und im Koffer nicht knittert."),
                new("95 % certified viscose, 5 % elastane", "95 % zertifizierte Viskose, 5 % Elasthan"), SyntheticCare, 69, 109, Eco: true),
            new("Rib-knit sweater dress", "Strickkleid in Rippenoptik",
                new("A close rib knit with a high neck for cold days.", "Enger Rippstrick mit hohem Kragen für kalte Tage."),
                new("70 % wool, 30 % cotton", "70 % Wolle, 30 % Baumwolle"), WoolCare, 99, 159),
            new("Poplin shirt dress", "Hemdblusenkleid aus Popeline",
                new("Crisp poplin, a classic collar and a belt to shape the waist.", "Knackige Popeline, ein klassischer Kragen und ein Gürtel für die Taille."),
                new("100 % organic cotton", "100 % Bio-Baumwolle"), CottonCare, 69, 119, Eco: true),
            new("Satin slip dress", "Satin-Trägerkleid",
                new("Bias-cut satin with adjustable straps.", "Schräg geschnittener Satin mit verstellbaren Trägern."),
                new("100 % recycled polyester satin", "100 % recycelter Polyestersatin"), SyntheticCare, 79, 129, Eco: true),
            new("Smocked summer dress", "Sommerkleid mit Smok-Details",
                new("A smocked bodice, flutter sleeves and a swingy skirt.", "Gesmokter Oberteil, Flatterärmel und ein schwingender Rock."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 49, 89),
            new("Tiered maxi dress", "Stufen-Maxikleid",
                new("Three tiers of light cotton voile over a soft lining.", "Drei Stufen aus leichtem Baumwoll-Voile über einem weichen Futter."),
                new("100 % cotton", "100 % Baumwolle"), CottonCare, 89, 139),
        ]);

    private static readonly Phrase[] FashionIntros =
    [
        new("A piece from {brand} made to be worn often, not kept for best.", "Ein Teil von {brand}, gemacht, um oft getragen und nicht geschont zu werden."),
        new("{brand} cut this one for everyday life, from the office to the weekend.", "{brand} hat es für den Alltag geschnitten – vom Büro bis ins Wochenende."),
        new("Quietly good-looking and easy to combine: typical {brand}.", "Unaufgeregt schön und leicht zu kombinieren: typisch {brand}."),
        new("One of the pieces {brand} customers come back for season after season.", "Eines der Teile, für die Kundinnen und Kunden von {brand} jede Saison wiederkommen."),
        new("A wardrobe staple, reworked by {brand} with better fabric and cleaner seams.", "Ein Klassiker für den Kleiderschrank, von {brand} mit besserem Stoff und saubereren Nähten neu aufgelegt."),
    ];

    private static readonly Phrase[] FashionClosers =
    [
        new("Check the size chart: our advisor suggests your size in seconds.", "Ein Blick in die Größentabelle lohnt sich: Unser Berater schlägt Ihre Größe in Sekunden vor."),
        new("Pairs well with jeans, chinos or a simple skirt.", "Passt gut zu Jeans, Chinos oder einem schlichten Rock."),
        new("Sewn in small batches by a long-standing partner workshop.", "In kleinen Serien von einer langjährigen Partnerwerkstatt genäht."),
        new("Free returns within 30 days if the fit is not right.", "Kostenlose Rücksendung innerhalb von 30 Tagen, falls die Passform nicht stimmt."),
    ];
}
