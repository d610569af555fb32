namespace Storefront.Data.Seeding;

/// <summary>The "Seed" section of appsettings.json.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo catalog, shoppers and merchant into an empty database at start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many products the demo catalog has (at least 300 for the full demo).</summary>
    public int Products { get; set; } = 320;

    /// <summary>Password of the demo accounts (merchant and shoppers); documented in the README.</summary>
    public string DemoPassword { get; set; } = "Storefront-Demo-2026";
}
