using Storefront.Features.Catalog;

namespace Storefront.Data.Seeding;

internal sealed record Phrase(string En, string De);

internal sealed record Colour(string Code, string En, string De, string Hex);

/// <summary>A pack size of a consumable and how its price relates to the model's base price.</summary>
internal sealed record Pack(string Size, double PriceFactor);

internal sealed record ProductModel(
    string NameEn,
    string NameDe,
    Phrase Feature,
    Phrase Material,
    Phrase Care,
    int MinEuro,
    int MaxEuro,
    bool Eco = false,
    Pack[]? Packs = null,
    string? Origin = null);

/// <summary>Fit tendency: negative runs small, positive runs large.</summary>
internal sealed record BrandSpec(
    int Id,
    string Slug,
    string Name,
    string Code,
    string Country,
    string Colour,
    string Description,
    string[] Subcategories,
    int Bias = 0,
    bool Narrow = false);

internal sealed record SubcategorySpec(
    string Slug,
    string NameEn,
    string NameDe,
    string Department,
    SizeKind Kind,
    string Code,
    string Group,
    int Vat,
    string[] Sizes,
    string[] Palette,
    int MaxColours,
    string[] Origins,
    ProductModel[] Models);

internal sealed record DepartmentSpec(string Slug, string NameEn, string NameDe, SizeKind Kind);

internal static partial class DemoCatalogSpecs
{
    public static readonly string[] ClothingSizes = ["XS", "S", "M", "L", "XL", "XXL"];
    public static readonly string[] ShoeSizes = ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"];
    public static readonly string[] RoadFrameSizes = ["50 cm", "52 cm", "54 cm", "56 cm", "58 cm", "60 cm"];
    public static readonly string[] LetterFrameSizes = ["S", "M", "L", "XL"];
    public static readonly string[] OneSize = ["One size"];

    public static readonly DepartmentSpec[] Departments =
    [
        new("fashion", "Fashion", "Mode", SizeKind.Clothing),
        new("shoes", "Shoes", "Schuhe", SizeKind.Shoe),
        new("bikes", "Bikes", "Fahrräder", SizeKind.Frame),
        new("everyday", "Everyday", "Alltag", SizeKind.None),
    ];

    public static readonly Colour[] Colours =
    [
        new("NAV", "Navy", "Marineblau", "#1f2a44"),
        new("BLK", "Black", "Schwarz", "#1c1c1e"),
        new("WHT", "White", "Weiß", "#f5f5f2"),
        new("GRY", "Grey melange", "Grau meliert", "#9ea3a8"),
        new("OLV", "Olive", "Oliv", "#5b6b3a"),
        new("SND", "Sand", "Sand", "#d9c8a5"),
        new("BRD", "Burgundy", "Bordeaux", "#7a1f2b"),
        new("GRN", "Forest green", "Tannengrün", "#24513a"),
        new("RST", "Rust", "Rost", "#b5522b"),
        new("SKY", "Sky blue", "Himmelblau", "#8ec5e8"),
        new("RED", "Red", "Rot", "#c0392b"),
        new("MUS", "Mustard", "Senfgelb", "#d4a017"),
        new("PNK", "Dusty pink", "Altrosa", "#d8a1a4"),
        new("IND", "Indigo", "Indigo", "#2e3a6e"),
        new("LDN", "Light denim", "Hellblau", "#7d9cc0"),
        new("ECR", "Ecru", "Ecru", "#efe8d8"),
        new("CHR", "Charcoal", "Anthrazit", "#3b3e42"),
        new("PET", "Petrol", "Petrol", "#1d5c63"),
        new("ORA", "Orange", "Orange", "#e8702a"),
        new("SAG", "Sage", "Salbeigrün", "#9caf88"),
        new("LIL", "Lilac", "Flieder", "#b7a3cf"),
        new("CRM", "Cream", "Creme", "#f1e6c8"),
        new("COG", "Cognac", "Cognac", "#8b4a23"),
        new("BRN", "Dark brown", "Dunkelbraun", "#4a3021"),
        new("SLV", "Silver", "Silber", "#b8bcc2"),
        new("NAT", "Natural", "Natur", "#cdbb96"),
    ];

    public static Colour ColourByCode(string code) => Array.Find(Colours, c => c.Code == code)
        ?? throw new InvalidOperationException($"Unknown colour {code}.");

    public static readonly BrandSpec[] Brands =
    [
        new(1, "nordwind", "Nordwind", "NW", "Germany", "#1f4e79",
            "Hamburg label for clean, durable basics in merino and organic cotton, made to be worn daily for years.",
            ["t-shirts", "hoodies", "jackets", "jeans", "sneakers", "boots"]),
        new(2, "kestrel-pine", "Kestrel & Pine", "KP", "United Kingdom", "#2f5d3a",
            "Outdoor heritage from the Lake District: waxed cotton, wool and weatherproof layers for town and fell.",
            ["t-shirts", "hoodies", "jackets", "dresses"]),
        new(3, "maison-lune", "Maison Lune", "ML", "France", "#8c3b5a",
            "Parisian ready-to-wear with a slim, feminine cut; dresses and knits in soft natural fibres.",
            ["t-shirts", "jackets", "jeans", "dresses"], Bias: -1),
        new(4, "fjellvik", "Fjellvik", "FJ", "Norway", "#3d6b8c",
            "Norwegian outerwear and boots with a generous fit, built for long, wet winters.",
            ["hoodies", "jackets", "boots"], Bias: 1),
        new(5, "indigo-harbour", "Indigo Harbour", "IH", "Portugal", "#27407a",
            "Denim workshop in Porto cutting slim jeans and tees from rigid and organic denim.",
            ["t-shirts", "jeans"], Bias: -1),
        new(6, "alba-verde", "Alba Verde", "AV", "Italy", "#6b8f3a",
            "Milanese label for colourful summer dresses, tees and sneakers with a close, small cut.",
            ["t-shirts", "dresses", "sneakers"], Bias: -1),
        new(7, "stridewell", "Stridewell", "SW", "Netherlands", "#d35400",
            "Amsterdam sneaker and running-shoe maker known for light shoes on a narrow last.",
            ["sneakers", "running-shoes"], Narrow: true),
        new(8, "trailhaus", "Trailhaus", "TH", "Austria", "#6d4c2f",
            "Tyrolean boot and trail-shoe specialist with roomy toe boxes for long days in the mountains.",
            ["running-shoes", "boots"], Bias: 1),
        new(9, "kuusi-running", "Kuusi Running", "KU", "Finland", "#00897b",
            "Finnish running brand making snug shoes and technical layers for runners who train through the dark months.",
            ["running-shoes", "sneakers", "t-shirts", "hoodies"], Bias: -1),
        new(10, "velora", "Velora", "VE", "Italy", "#b71c1c",
            "Race-bred road and gravel bikes from the Veneto with compact, aggressive geometry.",
            ["road-bikes", "gravel-bikes", "bike-accessories"], Bias: -1),
        new(11, "kettenwerk", "Kettenwerk", "KW", "Germany", "#37474f",
            "Berlin bike builder for gravel, mountain and everyday bikes with practical details.",
            ["gravel-bikes", "mountain-bikes", "city-trekking-bikes", "bike-accessories"]),
        new(12, "gamsgrat-cycles", "Gamsgrat Cycles", "GG", "Austria", "#e65100",
            "Alpine mountain and gravel bikes with long, modern geometry for steep terrain.",
            ["gravel-bikes", "mountain-bikes", "bike-accessories"], Bias: 1),
        new(13, "polder-cycles", "Polder Cycles", "PC", "Netherlands", "#0277bd",
            "Dutch commuter and road bikes built for headwinds, rain and daily miles.",
            ["road-bikes", "city-trekking-bikes", "bike-accessories"]),
        new(14, "pfotenglueck", "Pfotenglück", "PG", "Germany", "#c62828",
            "Pet food and litter from Bavaria with short ingredient lists and recyclable packaging.",
            ["cat-litter", "cat-food", "dog-food"]),
        new(15, "whiskerwood", "Whiskerwood", "WW", "Ireland", "#5d4037",
            "Plant-based cat litter and grain-free cat food from County Cork.",
            ["cat-litter", "cat-food"]),
        new(16, "rudel-co", "Rudel & Co", "RC", "Germany", "#455a64",
            "Dog and cat food cooked with regional meat and vegetables.",
            ["dog-food", "cat-food"]),
        new(17, "bergbohne", "Bergbohne", "BB", "Germany", "#4e342e",
            "Small-batch roastery in the Black Forest, roasting slowly in a drum roaster.",
            ["coffee"]),
        new(18, "altiplano-roasters", "Altiplano Roasters", "AR", "Colombia", "#795548",
            "Farmer-owned roasters buying directly from cooperatives in Latin America and East Africa.",
            ["coffee"]),
    ];

    public static readonly SubcategorySpec[] Subcategories;

    static DemoCatalogSpecs()
    {
        // In the static constructor so that every partial file's field initialisers have run first.
        Subcategories =
        [
            TShirts, Hoodies, Jackets, Jeans, Dresses,
            Sneakers, RunningShoes, Boots,
            RoadBikes, GravelBikes, MountainBikes, CityBikes, BikeAccessories,
            CatLitter, CatFood, DogFood, Coffee,
        ];
    }

    /// <summary>
    /// Which subcategory the n-th product goes to; the pattern repeats. Every subcategory appears in the first
    /// 17 slots and at least once per cycle, so 300 products give every subcategory at least 9.
    /// </summary>
    public static readonly string[] Cycle =
    [
        "t-shirts", "cat-litter", "sneakers", "gravel-bikes", "hoodies", "coffee", "running-shoes", "jackets",
        "cat-food", "road-bikes", "jeans", "dog-food", "boots", "dresses", "bike-accessories", "mountain-bikes",
        "city-trekking-bikes",
        "t-shirts", "coffee", "sneakers", "hoodies", "cat-litter", "running-shoes", "jackets", "cat-food",
        "t-shirts", "bike-accessories", "jeans", "dog-food", "dresses", "coffee",
    ];

    public static Phrase[] Intros(string group) => group switch
    {
        "fashion" => FashionIntros,
        "shoes" => ShoeIntros,
        "bikes" => BikeIntros,
        "accessories" => AccessoryIntros,
        "pets" => PetIntros,
        "coffee" => CoffeeIntros,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static Phrase[] Closers(string group) => group switch
    {
        "fashion" => FashionClosers,
        "shoes" => ShoeClosers,
        "bikes" => BikeClosers,
        "accessories" => AccessoryClosers,
        "pets" => PetClosers,
        "coffee" => CoffeeClosers,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static readonly Phrase[] SustainableClosers =
    [
        new("Made with certified materials and shipped in recycled packaging.",
            "Aus zertifizierten Materialien gefertigt und in recycelter Verpackung verschickt."),
        new("A lower-impact choice: responsibly sourced and produced under audited conditions.",
            "Eine schonendere Wahl: verantwortungsvoll beschafft und unter geprüften Bedingungen hergestellt."),
    ];
}
