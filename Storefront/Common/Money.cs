using Storefront.Localization;

namespace Storefront.Common;

/// <summary>An amount in euros, VAT included, held as integer cents (as it is stored).</summary>
public readonly record struct Money(long Cents) : IComparable<Money>
{
    public decimal Amount => Cents / 100m;

    public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
    public static Money operator -(Money a, Money b) => new(a.Cents - b.Cents);
    public static Money operator *(Money a, int quantity) => new(a.Cents * quantity);

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    /// <summary>Formatted for the current UI language: "€19.95" / "19,95 €".</summary>
    public override string ToString() => Cultures.Euro(Cents);
}
