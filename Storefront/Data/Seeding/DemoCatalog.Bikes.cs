using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

internal static partial class DemoCatalogSpecs
{
    private static readonly Phrase BikeCare = new("Check tyre pressure weekly, keep the chain oiled and have it serviced once a year.",
        "Reifendruck wöchentlich prüfen, Kette ölen und einmal im Jahr zur Inspektion bringen.");
    private static readonly Phrase AccessoryCare = new("Wipe clean with a damp cloth; no pressure washer.",
        "Mit einem feuchten Tuch reinigen; keinen Hochdruckreiniger verwenden.");

    private static readonly Phrase AluFrame = new("Aluminium frame, carbon fork", "Rahmen Aluminium, Gabel Carbon");
    private static readonly Phrase CarbonFrame = new("Carbon frame and fork", "Rahmen und Gabel Carbon");
    private static readonly Phrase SteelFrame = new("Chromoly steel frame, steel fork", "Rahmen Chromoly-Stahl, Gabel Stahl");
    private static readonly Phrase AluFrameSuspension = new("Aluminium frame, suspension fork", "Rahmen Aluminium, Federgabel");

    private static readonly string[] BikePalette = ["BLK", "SAG", "PET", "ORA", "SLV", "RED", "CRM", "NAV", "CHR"];
    private static readonly string[] BikeOrigins = ["Taiwan", "Germany", "Portugal", "Italy", "Netherlands"];

    private static SubcategorySpec RoadBikes => new("road-bikes", "Road bikes", "Rennräder", "bikes", SizeKind.Frame, "RD", "bikes", 19,
        RoadFrameSizes, BikePalette, 2, BikeOrigins,
        [
            new("Aluminium endurance road bike", "Endurance-Rennrad aus Aluminium",
                new("Relaxed geometry, 2×12 gearing and hydraulic disc brakes for long days out.", "Entspannte Geometrie, 2×12-Schaltung und hydraulische Scheibenbremsen für lange Ausfahrten."),
                AluFrame, BikeCare, 1199, 1799),
            new("Carbon race bike", "Carbon-Rennrad",
                new("A 7.4 kg carbon frameset with electronic shifting.", "Ein 7,4 kg leichtes Carbon-Rahmenset mit elektronischer Schaltung."),
                CarbonFrame, BikeCare, 2499, 3999),
            new("Classic steel road bike", "Klassisches Stahlrennrad",
                new("Lugged chromoly steel that rides smooth on rough tarmac.", "Gemuffter Chromoly-Stahl, der auch auf rauem Asphalt geschmeidig rollt."),
                SteelFrame, BikeCare, 1099, 1699),
            new("Entry-level road bike", "Einsteiger-Rennrad",
                new("Light alloy, 2×9 gears and room for 32 mm tyres.", "Leichtes Aluminium, 2×9 Gänge und Platz für 32-mm-Reifen."),
                AluFrame, BikeCare, 899, 1099),
            new("Carbon aero road bike", "Aero-Rennrad aus Carbon",
                new("Deep-section wheels and hidden cables cut through the wind.", "Hohe Felgen und innen verlegte Züge schneiden durch den Wind."),
                CarbonFrame, BikeCare, 3199, 3999),
        ]);

    private static SubcategorySpec GravelBikes => new("gravel-bikes", "Gravel bikes", "Gravelbikes", "bikes", SizeKind.Frame, "GV", "bikes", 19,
        RoadFrameSizes, BikePalette, 2, BikeOrigins,
        [
            new("Aluminium gravel bike", "Gravelbike aus Aluminium",
                new("1×12 gearing, 45 mm tyres and mounts for bags and bottles.", "1×12-Schaltung, 45-mm-Reifen und Ösen für Taschen und Flaschen."),
                AluFrame, BikeCare, 1299, 1899),
            new("Carbon gravel racer", "Carbon-Gravel-Racer",
                new("Fast and light for gravel races, with 40 mm tyres and a dropper post.", "Schnell und leicht für Gravel-Rennen, mit 40-mm-Reifen und absenkbarer Sattelstütze."),
                CarbonFrame, BikeCare, 2499, 3499),
            new("Steel adventure gravel bike", "Stahl-Gravelbike für Abenteuer",
                new("Rack and fender mounts everywhere, made for multi-day trips.", "Ösen für Gepäckträger und Schutzbleche überall – gebaut für mehrtägige Touren."),
                SteelFrame, BikeCare, 1499, 2199),
            new("Suspension gravel bike", "Gravelbike mit Federgabel",
                new("A short-travel fork smooths out washboard tracks.", "Eine Federgabel mit kurzem Federweg glättet Waschbrettpisten."),
                AluFrameSuspension, BikeCare, 1799, 2599),
        ]);

    private static SubcategorySpec MountainBikes => new("mountain-bikes", "Mountain bikes", "Mountainbikes", "bikes", SizeKind.Frame, "MT", "bikes", 19,
        LetterFrameSizes, BikePalette, 2, BikeOrigins,
        [
            new("Hardtail mountain bike", "Hardtail-Mountainbike",
                new("A 120 mm fork, 29-inch wheels and a wide gear range for the local trails.", "Eine 120-mm-Federgabel, 29-Zoll-Laufräder und eine große Bandbreite für die Hausrunde."),
                AluFrameSuspension, BikeCare, 799, 1299),
            new("Full-suspension trail bike", "Vollgefedertes Trailbike",
                new("140 mm of travel front and rear for rooty descents.", "140 mm Federweg vorn und hinten für wurzelige Abfahrten."),
                new("Aluminium frame, air shock, suspension fork", "Rahmen Aluminium, Luftdämpfer, Federgabel"), BikeCare, 2299, 3999),
            new("Lightweight XC hardtail", "Leichtes XC-Hardtail",
                new("A carbon frame under 1,100 g for climbing fast.", "Ein Carbonrahmen unter 1.100 g für schnelle Anstiege."),
                new("Carbon frame, suspension fork", "Rahmen Carbon, Federgabel"), BikeCare, 1899, 2799),
            new("Enduro mountain bike", "Enduro-Mountainbike",
                new("170 mm of travel and sturdy wheels for bike parks and big mountains.", "170 mm Federweg und stabile Laufräder für Bikeparks und große Berge."),
                new("Aluminium frame, coil shock, suspension fork", "Rahmen Aluminium, Stahlfederdämpfer, Federgabel"), BikeCare, 2999, 3999),
        ]);

    private static SubcategorySpec CityBikes => new("city-trekking-bikes", "City & trekking bikes", "City- & Trekkingräder", "bikes", SizeKind.Frame, "CT", "bikes", 19,
        LetterFrameSizes, BikePalette, 2, BikeOrigins,
        [
            new("Step-through city bike", "City-Rad mit tiefem Einstieg",
                new("A 7-speed hub, dynamo lights and a rack ready for the shopping.", "Eine 7-Gang-Nabe, Nabendynamo-Licht und ein Gepäckträger für den Einkauf."),
                new("Aluminium frame, steel fork", "Rahmen Aluminium, Gabel Stahl"), BikeCare, 699, 999),
            new("Trekking bike", "Trekkingrad",
                new("27 gears, a suspension fork and full equipment for long tours.", "27 Gänge, Federgabel und volle Ausstattung für lange Touren."),
                AluFrameSuspension, BikeCare, 899, 1399),
            new("Belt-drive commuter bike", "Pendlerrad mit Riemenantrieb",
                new("A clean, quiet belt drive and a hub gear that never needs oil.", "Ein sauberer, leiser Riemenantrieb und eine Nabenschaltung, die nie Öl braucht."),
                new("Aluminium frame, carbon belt drive", "Rahmen Aluminium, Carbon-Riemenantrieb"), BikeCare, 1199, 1799),
            new("Dutch-style city bike", "Hollandrad",
                new("An upright position, a chain guard and a coaster brake.", "Aufrechte Sitzposition, Kettenschutz und Rücktrittbremse."),
                new("Steel frame and fork", "Rahmen und Gabel Stahl"), BikeCare, 699, 899),
            new("Lightweight urban bike", "Leichtes Urban-Bike",
                new("Single speed, flat bar and less than 10 kg for carrying upstairs.", "Singlespeed, gerader Lenker und unter 10 kg – gut die Treppe hochzutragen."),
                new("Aluminium frame and fork", "Rahmen und Gabel Aluminium"), BikeCare, 699, 899),
        ]);

    private static SubcategorySpec BikeAccessories => new("bike-accessories", "Bike accessories", "Fahrradzubehör", "bikes", SizeKind.None, "AC", "accessories", 19,
        OneSize, ["BLK", "ORA", "SLV", "RED", "SAG"], 2, ["Taiwan", "Germany", "China", "Poland"],
        [
            new("Rechargeable light set", "Akku-Leuchtenset",
                new("Bright front and rear lights, road-legal in Germany, charged over USB-C.", "Helle Front- und Rücklichter mit StVZO-Zulassung, Laden per USB-C."),
                new("Aluminium and polycarbonate housing", "Gehäuse Aluminium und Polycarbonat"), AccessoryCare, 29, 69),
            new("Hardened U-lock", "Bügelschloss aus gehärtetem Stahl",
                new("A 16 mm hardened shackle with a frame mount.", "Ein 16-mm-Bügel aus gehärtetem Stahl mit Rahmenhalter."),
                new("Hardened steel, plastic-coated", "Gehärteter Stahl, kunststoffummantelt"), AccessoryCare, 39, 89),
            new("Mini pump", "Minipumpe",
                new("Small enough for a jersey pocket, with a gauge and both valve types.", "Klein genug für die Trikottasche, mit Manometer und für beide Ventilarten."),
                new("Aluminium", "Aluminium"), AccessoryCare, 19, 39),
            new("Insulated bottle", "Isolierte Trinkflasche",
                new("Keeps water cool for two hours in summer heat.", "Hält Wasser bei Sommerhitze zwei Stunden kühl."),
                new("BPA-free, partly bio-based plastic", "BPA-freier, teils biobasierter Kunststoff"), AccessoryCare, 15, 25, Eco: true),
            new("Waterproof frame bag", "Wasserdichte Rahmentasche",
                new("Welded seams and a water-resistant zip for phone, keys and snacks.", "Verschweißte Nähte und ein wasserabweisender Reißverschluss für Handy, Schlüssel und Snacks."),
                new("Recycled nylon with TPU coating", "Recyceltes Nylon mit TPU-Beschichtung"), AccessoryCare, 39, 69, Eco: true),
            new("Multi-tool", "Multitool",
                new("Sixteen functions including a chain breaker, in one compact tool.", "Sechzehn Funktionen inklusive Kettennieter in einem kompakten Werkzeug."),
                new("Chrome-vanadium steel, aluminium side plates", "Chrom-Vanadium-Stahl, Seitenteile Aluminium"), AccessoryCare, 19, 39),
        ]);

    private static readonly Phrase[] BikeIntros =
    [
        new("{brand} designed this bike around the rides people actually do.", "{brand} hat dieses Rad rund um die Touren entworfen, die man wirklich fährt."),
        new("Assembled and checked by {brand} mechanics before it leaves the workshop.", "Von Mechanikern bei {brand} montiert und geprüft, bevor es die Werkstatt verlässt."),
        new("A dependable {brand} frame with components chosen for value, not for the catalogue.", "Ein zuverlässiger Rahmen von {brand} mit Komponenten, die nach Nutzen statt Katalogwirkung ausgewählt wurden."),
        new("From the first test ride it feels like a {brand}: balanced, quiet and quick.", "Schon bei der ersten Probefahrt ein echtes {brand}: ausgewogen, leise und flink."),
    ];

    private static readonly Phrase[] AccessoryIntros =
    [
        new("Small kit from {brand} that makes every ride easier.", "Kleines Zubehör von {brand}, das jede Fahrt leichter macht."),
        new("{brand} tested this on daily commutes through a full winter.", "{brand} hat es einen ganzen Winter lang auf dem täglichen Arbeitsweg getestet."),
        new("A sensible addition to any bike, made by {brand}.", "Eine sinnvolle Ergänzung für jedes Rad, von {brand}."),
    ];

    private static readonly Phrase[] BikeClosers =
    [
        new("Delivered 95 % assembled with tools and a step-by-step guide.", "Wird zu 95 % vormontiert mit Werkzeug und Schritt-für-Schritt-Anleitung geliefert."),
        new("Measure your inside leg and the size advisor finds your frame.", "Innenbeinlänge messen – der Größenberater findet den passenden Rahmen."),
        new("Two years of warranty, five on the frame.", "Zwei Jahre Gewährleistung, fünf Jahre auf den Rahmen."),
    ];

    private static readonly Phrase[] AccessoryClosers =
    [
        new("Fits almost every bike without special tools.", "Passt ohne Spezialwerkzeug an fast jedes Fahrrad."),
        new("Two years of warranty and spare parts available for years.", "Zwei Jahre Gewährleistung und noch jahrelang Ersatzteile."),
        new("Goes well with a new bike or as a gift for someone who rides.", "Passt gut zum neuen Rad oder als Geschenk für alle, die Rad fahren."),
    ];
}
