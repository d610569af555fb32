namespace Storefront.Features.Stream.Sources;

/// <summary>
/// Proposes cards of one kind from a shopper's snapshot. Pure: no I/O, the same snapshot gives the same candidates.
/// A new kind of card (loyalty, "your size", editorial) is a new implementation registered in AddShoppingStream, with
/// whatever it reads added to the snapshot by <see cref="ShopperSnapshotLoader"/>.
/// </summary>
public interface IStreamCandidateSource
{
    StreamCardKind Kind { get; }

    IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot);
}
