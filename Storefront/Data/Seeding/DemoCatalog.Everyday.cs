using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

internal static partial class DemoCatalogSpecs
{
    private static readonly Phrase LitterCare = new("Store dry. Dispose of used litter with household waste.",
        "Trocken lagern. Benutzte Streu über den Restmüll entsorgen.");
    private static readonly Phrase CompostableLitterCare = new("Store dry. Used litter can go in the organic waste bin where allowed.",
        "Trocken lagern. Benutzte Streu darf, wo erlaubt, in die Biotonne.");
    private static readonly Phrase DryFoodCare = new("Store cool and dry; close the bag tightly after opening.",
        "Kühl und trocken lagern; Beutel nach dem Öffnen gut verschließen.");
    private static readonly Phrase WetFoodCare = new("Once opened, keep in the fridge and use within 24 hours.",
        "Nach dem Öffnen im Kühlschrank aufbewahren und innerhalb von 24 Stunden verfüttern.");
    private static readonly Phrase CoffeeCare = new("Store airtight, cool and dark; best within four weeks of opening.",
        "Luftdicht, kühl und dunkel lagern; nach dem Öffnen am besten innerhalb von vier Wochen genießen.");

    private static readonly Pack[] LitterPacks = [new("6 l", 0.65), new("12 l", 1.0), new("18 l", 1.4)];
    private static readonly Pack[] DryCatPacks = [new("400 g", 0.3), new("2 kg", 1.0), new("4 kg", 1.8)];
    private static readonly Pack[] WetCatPacks = [new("6 × 85 g", 0.5), new("12 × 85 g", 1.0), new("24 × 85 g", 1.9)];
    private static readonly Pack[] DryDogPacks = [new("1 kg", 0.3), new("4 kg", 1.0), new("12 kg", 2.6)];
    private static readonly Pack[] WetDogPacks = [new("6 × 400 g", 1.0), new("12 × 400 g", 1.9)];
    private static readonly Pack[] BeanPacks = [new("250 g", 1.0), new("500 g", 1.85)];
    private static readonly Pack[] EspressoPacks = [new("500 g", 1.0), new("1 kg", 1.85)];

    private static SubcategorySpec CatLitter => new("cat-litter", "Cat litter", "Katzenstreu", "everyday", SizeKind.None, "CL", "pets", 19,
        [], ["NAT"], 1, ["Germany", "Czech Republic", "Poland"],
        [
            new("Clumping cat litter, unscented", "Klumpende Katzenstreu, unparfümiert",
                new("Forms firm clumps within seconds and binds odours without perfume.", "Bildet in Sekunden feste Klumpen und bindet Gerüche ohne Parfüm."),
                new("Natural bentonite clay", "Natürlicher Bentonit"), LitterCare, 13, 15, Packs: LitterPacks),
            new("Plant-based clumping litter", "Pflanzliche Klumpstreu",
                new("Made from corn fibres: light to carry and gentle on paws.", "Aus Maisfasern: leicht zu tragen und sanft zu den Pfoten."),
                new("Corn fibre", "Maisfaser"), CompostableLitterCare, 15, 17, Eco: true, Packs: LitterPacks),
            new("Wood pellet litter", "Holzpellet-Streu",
                new("Pressed softwood pellets that soak up moisture and smell of fresh wood.", "Gepresste Nadelholzpellets, die Feuchtigkeit aufsaugen und nach frischem Holz duften."),
                new("Untreated softwood", "Unbehandeltes Nadelholz"), CompostableLitterCare, 9, 11, Eco: true, Packs: [new("10 l", 1.0), new("20 l", 1.6)]),
            new("Silica crystal litter", "Silikat-Katzenstreu",
                new("Crystals lock in liquid so one bag lasts a single cat up to a month.", "Kristalle schließen Flüssigkeit ein, sodass ein Beutel für eine Katze bis zu einem Monat reicht."),
                new("Silica gel", "Silikagel"), LitterCare, 12, 14, Packs: [new("5 l", 1.0), new("10 l", 1.7)]),
            new("Low-dust clumping litter, fresh scent", "Staubarme Klumpstreu mit Frischeduft",
                new("Almost dust-free when poured, with a light, fresh scent.", "Beim Einfüllen nahezu staubfrei, mit leichtem Frischeduft."),
                new("Bentonite clay, natural fragrance", "Bentonit, natürlicher Duftstoff"), LitterCare, 14, 16, Packs: LitterPacks),
            new("Tofu cat litter", "Tofu-Katzenstreu",
                new("Made from pea and soy fibre; small amounts can be flushed.", "Aus Erbsen- und Sojafasern; kleine Mengen dürfen in die Toilette."),
                new("Soy and pea fibre", "Soja- und Erbsenfasern"), CompostableLitterCare, 15, 17, Eco: true, Packs: [new("6 l", 0.65), new("12 l", 1.0)]),
        ]);

    private static SubcategorySpec CatFood => new("cat-food", "Cat food", "Katzenfutter", "everyday", SizeKind.None, "CF", "pets", 7,
        [], ["NAT"], 1, ["Germany", "Austria", "France", "Netherlands"],
        [
            new("Grain-free dry food with chicken", "Getreidefreies Trockenfutter mit Huhn",
                new("40 % fresh chicken, sweet potato and no added sugar.", "40 % frisches Huhn, Süßkartoffel und ohne Zuckerzusatz."),
                new("Chicken (40 %), sweet potato, peas, minerals", "Huhn (40 %), Süßkartoffel, Erbsen, Mineralstoffe"), DryFoodCare, 18, 22, Packs: DryCatPacks),
            new("Wet food selection in jelly", "Nassfutter-Auswahl in Gelee",
                new("Four flavours in tender chunks, with taurine and vitamins.", "Vier Sorten in zarten Stückchen, mit Taurin und Vitaminen."),
                new("Meat and animal by-products (60 %), fish, minerals", "Fleisch und tierische Nebenerzeugnisse (60 %), Fisch, Mineralstoffe"), WetFoodCare, 9, 11, Packs: WetCatPacks),
            new("Sterilised dry food with salmon", "Trockenfutter Sterilised mit Lachs",
                new("Fewer calories and added L-carnitine for neutered indoor cats.", "Weniger Kalorien und zugesetztes L-Carnitin für kastrierte Wohnungskatzen."),
                new("Salmon (30 %), rice, peas, minerals", "Lachs (30 %), Reis, Erbsen, Mineralstoffe"), DryFoodCare, 17, 21, Packs: DryCatPacks),
            new("Senior pâté wet food", "Nassfutter Pastete für Senioren",
                new("A smooth pâté that older cats find easy to eat.", "Eine feine Pastete, die älteren Katzen das Fressen leicht macht."),
                new("Turkey (55 %), broth, pumpkin, minerals", "Truthahn (55 %), Brühe, Kürbis, Mineralstoffe"), WetFoodCare, 10, 12, Packs: WetCatPacks),
            new("Organic kitten dry food", "Bio-Kitten-Trockenfutter",
                new("Small kibbles with extra protein for growing kittens, from certified organic farms.", "Kleine Kroketten mit extra Protein für wachsende Kätzchen, von zertifizierten Biohöfen."),
                new("Organic chicken (35 %), organic rice, minerals", "Bio-Huhn (35 %), Bio-Reis, Mineralstoffe"), DryFoodCare, 19, 23, Eco: true, Packs: DryCatPacks),
            new("Freeze-dried chicken treats", "Gefriergetrocknete Hühnchen-Snacks",
                new("Pure chicken breast, freeze-dried, nothing else.", "Reine Hühnerbrust, gefriergetrocknet, sonst nichts."),
                new("100 % chicken breast", "100 % Hühnerbrust"), DryFoodCare, 6, 8, Packs: [new("40 g", 1.0), new("3 × 40 g", 2.6)]),
        ]);

    private static SubcategorySpec DogFood => new("dog-food", "Dog food", "Hundefutter", "everyday", SizeKind.None, "DF", "pets", 7,
        [], ["NAT"], 1, ["Germany", "Austria", "Denmark", "France"],
        [
            new("Adult dry food with lamb and rice", "Trockenfutter Adult mit Lamm und Reis",
                new("Easy to digest, with lamb as the only animal protein.", "Gut verträglich, mit Lamm als einziger tierischer Proteinquelle."),
                new("Lamb (26 %), rice, beet pulp, minerals", "Lamm (26 %), Reis, Rübenschnitzel, Mineralstoffe"), DryFoodCare, 19, 24, Packs: DryDogPacks),
            new("Grain-free dry food with duck", "Getreidefreies Trockenfutter mit Ente",
                new("Duck and potato for dogs that don't tolerate grain.", "Ente und Kartoffel für Hunde, die kein Getreide vertragen."),
                new("Duck (35 %), potato, peas, minerals", "Ente (35 %), Kartoffel, Erbsen, Mineralstoffe"), DryFoodCare, 22, 27, Packs: DryDogPacks),
            new("Beef and vegetable wet food", "Nassfutter Rind mit Gemüse",
                new("Chunks of beef with carrots and courgette, cooked gently.", "Rindfleischstücke mit Karotten und Zucchini, schonend gegart."),
                new("Beef (65 %), carrots, courgette, minerals", "Rind (65 %), Karotten, Zucchini, Mineralstoffe"), WetFoodCare, 14, 17, Packs: WetDogPacks),
            new("Senior light dry food", "Senior-Trockenfutter light",
                new("Less fat and added glucosamine for older joints.", "Weniger Fett und zugesetztes Glucosamin für ältere Gelenke."),
                new("Chicken (22 %), oats, rice, minerals", "Huhn (22 %), Hafer, Reis, Mineralstoffe"), DryFoodCare, 18, 22, Packs: DryDogPacks),
            new("Organic puppy dry food", "Bio-Welpen-Trockenfutter",
                new("Calcium and DHA for strong bones and a bright mind.", "Kalzium und DHA für starke Knochen und einen wachen Kopf."),
                new("Organic chicken (30 %), organic rice, minerals", "Bio-Huhn (30 %), Bio-Reis, Mineralstoffe"), DryFoodCare, 21, 26, Eco: true, Packs: DryDogPacks),
            new("Dental chews", "Zahnpflege-Kaustangen",
                new("A ridged shape cleans teeth while your dog chews.", "Die gerillte Form reinigt die Zähne beim Kauen."),
                new("Rice flour, glycerine, cellulose, minerals", "Reismehl, Glycerin, Cellulose, Mineralstoffe"), DryFoodCare, 5, 7, Packs: [new("210 g", 1.0), new("720 g", 3.0)]),
        ]);

    private static SubcategorySpec Coffee => new("coffee", "Coffee", "Kaffee", "everyday", SizeKind.None, "CO", "coffee", 7,
        [], ["NAT"], 1, ["Colombia"],
        [
            new("Ethiopia Yirgacheffe filter roast", "Äthiopien Yirgacheffe Filterröstung",
                new("Notes of jasmine, bergamot and ripe peach.", "Noten von Jasmin, Bergamotte und reifem Pfirsich."),
                new("100 % Arabica, washed", "100 % Arabica, gewaschen"), CoffeeCare, 11, 14, Packs: BeanPacks, Origin: "Ethiopia"),
            new("Classic espresso blend", "Klassische Espresso-Mischung",
                new("Chocolate, hazelnut and a thick crema; made for milk drinks.", "Schokolade, Haselnuss und eine dichte Crema – gemacht für Milchgetränke."),
                new("80 % Arabica, 20 % Robusta", "80 % Arabica, 20 % Robusta"), CoffeeCare, 12, 15, Packs: EspressoPacks, Origin: "Brazil"),
            new("Colombia decaf", "Kolumbien entkoffeiniert",
                new("Decaffeinated with sugar-cane process; caramel and red apple.", "Schonend mit Zuckerrohr-Verfahren entkoffeiniert; Karamell und roter Apfel."),
                new("100 % Arabica, decaffeinated", "100 % Arabica, entkoffeiniert"), CoffeeCare, 10, 13, Packs: BeanPacks, Origin: "Colombia"),
            new("Organic house blend", "Bio-Hausmischung",
                new("A round everyday coffee for filter, French press and fully automatic machines.", "Ein runder Alltagskaffee für Filter, French Press und Vollautomaten."),
                new("100 % organic Arabica", "100 % Bio-Arabica"), CoffeeCare, 13, 15, Eco: true, Packs: EspressoPacks, Origin: "Peru"),
            new("Kenya AA filter roast", "Kenia AA Filterröstung",
                new("Bright blackcurrant acidity and a juicy finish.", "Lebendige Säure nach schwarzer Johannisbeere und ein saftiger Abgang."),
                new("100 % Arabica, washed", "100 % Arabica, gewaschen"), CoffeeCare, 12, 15, Packs: BeanPacks, Origin: "Kenya"),
            new("Guatemala single-origin espresso", "Guatemala Single-Origin-Espresso",
                new("Cocoa, cane sugar and a hint of orange peel.", "Kakao, Rohrzucker und ein Hauch Orangenschale."),
                new("100 % Arabica, washed", "100 % Arabica, gewaschen"), CoffeeCare, 13, 15, Packs: EspressoPacks, Origin: "Guatemala"),
            new("Brazil ground filter coffee", "Brasilien Filterkaffee, gemahlen",
                new("Ground for filter machines; mild, nutty and low in acidity.", "Für Filtermaschinen gemahlen; mild, nussig und säurearm."),
                new("100 % Arabica, natural process", "100 % Arabica, natürlich aufbereitet"), CoffeeCare, 9, 10, Packs: BeanPacks, Origin: "Brazil"),
        ]);

    private static readonly Phrase[] PetIntros =
    [
        new("{brand} makes this for cats and dogs who live with discerning people.", "{brand} macht dies für Katzen und Hunde, deren Menschen genau hinschauen."),
        new("A reliable everyday choice from {brand}, delivered to your door.", "Eine verlässliche Wahl für jeden Tag von {brand}, direkt vor die Haustür geliefert."),
        new("Many of our customers reorder this {brand} product every few weeks.", "Viele unserer Kundinnen und Kunden bestellen dieses Produkt von {brand} alle paar Wochen nach."),
        new("Tested by {brand} with pets and their owners before it reached the shelf.", "Von {brand} mit Tieren und ihren Haltern getestet, bevor es ins Regal kam."),
    ];

    private static readonly Phrase[] PetClosers =
    [
        new("Reorder in one click from your shopping stream when it runs low.", "Wenn es zur Neige geht, mit einem Klick im persönlichen Feed nachbestellen."),
        new("Produced without artificial colours or preservatives.", "Ohne künstliche Farb- und Konservierungsstoffe hergestellt."),
        new("Larger packs save money per kilo.", "Größere Packungen sparen pro Kilo."),
    ];

    private static readonly Phrase[] CoffeeIntros =
    [
        new("Roasted by {brand} in small batches and shipped within days of roasting.", "Von {brand} in kleinen Chargen geröstet und wenige Tage nach der Röstung verschickt."),
        new("{brand} buys these beans directly and pays well above the market price.", "{brand} kauft diese Bohnen direkt und zahlt deutlich über dem Marktpreis."),
        new("A favourite on the {brand} cupping table.", "Ein Liebling am Verkostungstisch von {brand}."),
        new("Slow drum roasting by {brand} brings out sweetness and body.", "Die langsame Trommelröstung von {brand} bringt Süße und Körper hervor."),
    ];

    private static readonly Phrase[] CoffeeClosers =
    [
        new("Whole beans unless stated otherwise; grind just before brewing.", "Ganze Bohnen, sofern nicht anders angegeben; erst kurz vor dem Aufbrühen mahlen."),
        new("Packed in a bag with an aroma valve.", "In einer Tüte mit Aromaventil verpackt."),
        new("Subscribe by reordering from your shopping stream.", "Einfach über den persönlichen Feed regelmäßig nachbestellen."),
    ];
}
