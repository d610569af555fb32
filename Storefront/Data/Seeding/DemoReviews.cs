using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

/// <summary>Generates believable reviews: mostly positive, in German or English, with fit answers that follow each brand's cut.</summary>
internal static class DemoReviews
{
    private static readonly string[] FirstNames =
    [
        "Lena", "Jonas", "Mia", "Lukas", "Sophie", "Felix", "Emma", "Paul", "Hannah", "Leon", "Marie", "Finn",
        "Laura", "Tim", "Julia", "David", "Sarah", "Max", "Lea", "Noah", "Nina", "Tobias", "Katharina", "Oliver",
        "Amelie", "Elias", "Greta", "Moritz", "Ida", "Yusuf", "Aylin", "Marco", "Elena", "Tom", "Freya", "Jan",
        "Maja", "Emily", "James", "Chloe", "Daniel", "Olivia", "Sven", "Ines", "Karim", "Zoe",
    ];

    private const string Initials = "ABCDEFGHKLMNPRSTVWZ";

    private static readonly Phrase[][] Titles =
    [
        [new("Disappointed", "Enttäuscht"), new("Not for me", "Nichts für mich"), new("Expected more", "Hatte mehr erwartet"), new("Sent it back", "Zurückgeschickt")],
        [new("Good, not perfect", "Gut, aber nicht perfekt"), new("Okay for the price", "Für den Preis okay"), new("Mixed feelings", "Gemischte Gefühle"), new("Decent", "Solide")],
        [new("Love it", "Super Qualität"), new("Exactly as described", "Genau wie beschrieben"), new("Very happy", "Sehr zufrieden"),
         new("Would buy again", "Jederzeit wieder"), new("Great value", "Preis-Leistung stimmt"), new("Highly recommended", "Klare Empfehlung")],
    ];

    private static readonly Dictionary<string, Phrase[][]> Bodies = new()
    {
        ["fashion"] =
        [
            [new("The fabric pilled after the second wash.", "Der Stoff hat nach der zweiten Wäsche Knötchen gebildet."),
             new("The fit didn't work for me at all, so I returned it.", "Die Passform hat bei mir gar nicht funktioniert, ich habe es zurückgeschickt."),
             new("Thinner material than I expected for the price.", "Dünneres Material, als ich für den Preis erwartet hätte.")],
            [new("Good quality, but the colour is a little duller than in the pictures.", "Gute Qualität, aber die Farbe ist etwas blasser als auf den Bildern."),
             new("Comfortable, though a seam came loose after a few months.", "Bequem, allerdings ging nach ein paar Monaten eine Naht auf."),
             new("Fine for everyday wear, nothing special.", "Für den Alltag in Ordnung, nichts Besonderes.")],
            [new("The fabric feels great and it still looks new after many washes.", "Der Stoff fühlt sich toll an und sieht nach vielen Wäschen noch wie neu aus."),
             new("Lovely cut, and the colour is exactly as in the pictures.", "Schöner Schnitt, und die Farbe ist genau wie auf den Bildern."),
             new("I wear it almost every week; well made and comfortable.", "Ich trage es fast jede Woche; gut verarbeitet und bequem.")],
        ],
        ["shoes"] =
        [
            [new("The sole came loose after two months.", "Die Sohle hat sich nach zwei Monaten gelöst."),
             new("Pressed on my little toe whatever I tried.", "Hat am kleinen Zeh gedrückt, egal was ich versucht habe."),
             new("Uncomfortable on longer walks, sadly.", "Auf längeren Strecken leider unbequem.")],
            [new("Nice shoes, but they needed a week to break in.", "Schöne Schuhe, brauchten aber eine Woche zum Einlaufen."),
             new("Good cushioning; the laces are a bit short.", "Gute Dämpfung; die Schnürsenkel sind etwas kurz."),
             new("Look great, but they squeak on wet floors.", "Sehen toll aus, quietschen aber auf nassem Boden.")],
            [new("Comfortable straight out of the box, no blisters.", "Vom ersten Tag an bequem, keine Blasen."),
             new("Great grip, and they look even better in real life.", "Toller Grip, und in echt sehen sie noch besser aus."),
             new("My third pair – they last and last.", "Mein drittes Paar – die halten und halten.")],
        ],
        ["bikes"] =
        [
            [new("Arrived with a scratched frame and customer service took a week.", "Kam mit zerkratztem Rahmen an, und der Kundenservice brauchte eine Woche."),
             new("The brakes squeal constantly, even after a service.", "Die Bremsen quietschen ständig, auch nach der Inspektion."),
             new("The geometry just doesn't suit me.", "Die Geometrie passt einfach nicht zu mir.")],
            [new("Great frame, but I swapped the saddle straight away.", "Toller Rahmen, aber den Sattel habe ich sofort getauscht."),
             new("Good bike; the gears needed adjusting after the first ride.", "Gutes Rad; die Schaltung musste nach der ersten Fahrt nachgestellt werden."),
             new("Rides nicely, a bit heavier than I had hoped.", "Fährt sich schön, ist aber etwas schwerer als erhofft.")],
            [new("Rides beautifully, arrived well packed and was easy to assemble.", "Fährt sich wunderbar, kam gut verpackt an und war leicht zu montieren."),
             new("Shifting is crisp and the brakes are strong. Very happy.", "Die Schaltung ist präzise und die Bremsen sind kräftig. Sehr zufrieden."),
             new("Already 2,000 km on it without a single problem.", "Schon 2.000 km gefahren, ohne ein einziges Problem.")],
        ],
        ["accessories"] =
        [
            [new("Broke after a few weeks.", "Nach ein paar Wochen kaputtgegangen."),
             new("Doesn't fit my bike, despite the description.", "Passt trotz Beschreibung nicht an mein Rad."),
             new("Cheaply made; I returned it.", "Billig verarbeitet; ich habe es zurückgeschickt.")],
            [new("Works well, but the mount is a bit fiddly.", "Funktioniert gut, aber die Halterung ist etwas fummelig."),
             new("Okay, but heavier than expected.", "In Ordnung, aber schwerer als erwartet."),
             new("Does the job; the finish could be better.", "Erfüllt seinen Zweck; die Verarbeitung könnte besser sein.")],
            [new("Does exactly what it should and feels solid.", "Macht genau, was es soll, und wirkt solide."),
             new("Easy to fit and survived a whole winter of commuting.", "Leicht anzubringen und hat einen ganzen Pendelwinter überstanden."),
             new("Good value – I bought a second one straight away.", "Gutes Preis-Leistungs-Verhältnis – ich habe gleich ein zweites gekauft.")],
        ],
        ["litter"] =
        [
            [new("Doesn't hold odours for more than two days.", "Hält Gerüche keine zwei Tage."),
             new("Our cat refused to use it.", "Unsere Katze hat sie nicht angenommen."),
             new("The bag arrived torn.", "Der Sack kam eingerissen an.")],
            [new("Works, but it gets tracked around the flat a lot.", "Funktioniert, wird aber viel in der Wohnung verteilt."),
             new("Clumps well, a bit dusty when pouring.", "Klumpt gut, staubt beim Einfüllen aber etwas."),
             new("Fine, though the bag is heavy to carry.", "In Ordnung, aber der Sack ist schwer zu tragen.")],
            [new("Clumps well and the smell is gone. The cats accepted it immediately.", "Klumpt gut und der Geruch ist weg. Die Katzen haben sie sofort angenommen."),
             new("Hardly any dust, and a bag lasts a long time.", "Kaum Staub, und ein Sack reicht lange."),
             new("I reorder this every month and have never had a problem.", "Ich bestelle sie jeden Monat nach und hatte nie ein Problem.")],
        ],
        ["petfood"] =
        [
            [new("Sniffed at it once and walked away.", "Einmal daran geschnuppert und weggegangen."),
             new("Caused an upset stomach, unfortunately.", "Hat leider zu Magenproblemen geführt."),
             new("The best-before date was very close on delivery.", "Das Mindesthaltbarkeitsdatum war bei Lieferung sehr knapp.")],
            [new("Eaten, but without great enthusiasm.", "Wird gefressen, aber ohne große Begeisterung."),
             new("Good food; the price has gone up a bit.", "Gutes Futter; der Preis ist etwas gestiegen."),
             new("Fine, but the pack cannot be resealed.", "In Ordnung, aber die Packung lässt sich nicht wieder verschließen.")],
            [new("Eaten happily – the bowl is always empty.", "Wird gern gefressen – der Napf ist immer leer."),
             new("Good ingredients and well tolerated, no more stomach trouble.", "Gute Zutaten und gut verträglich, keine Magenprobleme mehr."),
             new("Great value in the big pack and delivered quickly.", "Im großen Gebinde preiswert und schnell geliefert.")],
        ],
        ["coffee"] =
        [
            [new("Tasted stale; the roast date was months ago.", "Schmeckte alt; das Röstdatum lag Monate zurück."),
             new("Far too dark and bitter for me.", "Viel zu dunkel und bitter für mich."),
             new("Not my taste at all.", "Überhaupt nicht mein Geschmack.")],
            [new("Nice, but a little too acidic for my taste.", "Gut, aber für meinen Geschmack etwas zu säuerlich."),
             new("Good coffee; the bag could be bigger for the price.", "Guter Kaffee; die Packung könnte für den Preis größer sein."),
             new("Decent, though not as fruity as described.", "Ordentlich, aber nicht so fruchtig wie beschrieben.")],
            [new("Wonderful aroma and really fresh – roasted a week before delivery.", "Wunderbares Aroma und richtig frisch – eine Woche vor der Lieferung geröstet."),
             new("Our new favourite for the first cup of the morning.", "Unser neuer Favorit für die erste Tasse am Morgen."),
             new("Smooth, no bitterness, and works great in my machine.", "Weich, ohne Bitterkeit, und funktioniert super in meiner Maschine.")],
        ],
    };

    private static readonly Dictionary<FitAnswer, Phrase[]> WearFit = new()
    {
        [FitAnswer.RunsSmall] = [new("Runs small – I'd take one size up.", "Fällt klein aus – lieber eine Nummer größer nehmen."),
                                 new("On the small side, so size up.", "Eher knapp geschnitten, also eine Größe größer wählen.")],
        [FitAnswer.TrueToSize] = [new("True to size for me.", "Fällt bei mir normal aus."),
                                  new("My usual size fits as expected.", "Passt in meiner üblichen Größe.")],
        [FitAnswer.RunsLarge] = [new("Runs large – consider sizing down.", "Fällt groß aus – eher eine Nummer kleiner."),
                                 new("Quite roomy; one size down would have been better.", "Recht weit; eine Größe kleiner wäre besser gewesen.")],
    };

    private static readonly Dictionary<FitAnswer, Phrase> FrameFit = new()
    {
        [FitAnswer.RunsSmall] = new("The frame comes up small; between sizes, go bigger.", "Der Rahmen fällt klein aus; zwischen zwei Größen lieber größer wählen."),
        [FitAnswer.TrueToSize] = new("The size chart was spot on for my inseam.", "Die Größentabelle passte für meine Schrittlänge genau."),
        [FitAnswer.RunsLarge] = new("Long reach – the frame feels big, size down if in doubt.", "Langes Oberrohr – der Rahmen wirkt groß, im Zweifel kleiner wählen."),
    };

    private static readonly Phrase NarrowFit = new("Narrow at the toes – with wide feet, go one size up.", "Vorne schmal – mit breiten Füßen eine Nummer größer nehmen.");

    public static List<Review> For(Product product, SubcategorySpec sub, BrandSpec brand, DateTime anchor, Random rng, ref int nextId)
    {
        var ageDays = (anchor - product.CreatedAtUtc).TotalDays;
        var max = ageDays < 3 ? 0 : ageDays < 20 ? 1 : ageDays < 60 ? 4 : 8;
        var count = Math.Min(max, rng.Next(0, 9));
        var reviews = new List<Review>(count);
        var bodies = Bodies[BodyGroup(sub)];
        for (var i = 0; i < count; i++)
        {
            var rating = rng.NextDouble() switch { < 0.04 => 1, < 0.10 => 2, < 0.24 => 3, < 0.55 => 4, _ => 5 };
            var bucket = rating switch { <= 2 => 0, 3 => 1, _ => 2 };
            var german = rng.NextDouble() < 0.6;
            var title = Titles[bucket][rng.Next(Titles[bucket].Length)];
            var body = bodies[bucket][rng.Next(bodies[bucket].Length)];
            var fit = sub.Kind == SizeKind.None ? FitAnswer.NotSaid : DrawFit(brand, rng);
            var fitText = FitSentence(sub.Kind, brand, fit, rng);
            var text = fitText is null ? Pick(body, german) : $"{Pick(body, german)} {Pick(fitText, german)}";
            var span = (anchor - product.CreatedAtUtc).TotalMinutes;
            reviews.Add(new Review
            {
                Id = ++nextId,
                ProductId = product.Id,
                AuthorName = $"{FirstNames[rng.Next(FirstNames.Length)]} {Initials[rng.Next(Initials.Length)]}.",
                Rating = rating,
                Title = Pick(title, german),
                Text = text,
                Language = german ? "de" : "en",
                Fit = fit,
                HelpfulCount = (int)(Math.Pow(rng.NextDouble(), 2.5) * 31),
                CreatedAtUtc = product.CreatedAtUtc.AddMinutes((int)(span * (0.05 + 0.93 * rng.NextDouble()))),
            });
        }

        return reviews;
    }

    private static string Pick(Phrase phrase, bool german) => german ? phrase.De : phrase.En;

    private static string BodyGroup(SubcategorySpec sub) => sub.Slug switch
    {
        "cat-litter" => "litter",
        "cat-food" or "dog-food" => "petfood",
        _ => sub.Group,
    };

    private static FitAnswer DrawFit(BrandSpec brand, Random rng)
    {
        var draw = rng.NextDouble();
        if (draw < 0.15)
        {
            return FitAnswer.NotSaid;
        }

        var (small, trueToSize) = (brand.Bias, brand.Narrow) switch
        {
            ( < 0, _) => (0.60, 0.35),
            ( > 0, _) => (0.05, 0.35),
            (_, true) => (0.35, 0.60),
            _ => (0.10, 0.80),
        };
        var rest = (draw - 0.15) / 0.85;
        return rest < small ? FitAnswer.RunsSmall : rest < small + trueToSize ? FitAnswer.TrueToSize : FitAnswer.RunsLarge;
    }

    private static Phrase? FitSentence(SizeKind kind, BrandSpec brand, FitAnswer fit, Random rng)
    {
        var draw = rng.Next(2);
        return fit switch
        {
            FitAnswer.NotSaid => null,
            _ when kind == SizeKind.Frame => FrameFit[fit],
            FitAnswer.RunsSmall when kind == SizeKind.Shoe && brand.Narrow => NarrowFit,
            _ => WearFit[fit][draw],
        };
    }
}
