namespace Storefront.Features.Stream.Sources;

/// <summary>
/// The signed-in shopper's points, tier and the next tier's benefit. The nearer the next tier, the more relevant
/// (a nudge that can pay off at the next order); at the top tier it stays a modest reminder of the balance.
/// </summary>
public sealed class LoyaltySource : IStreamCandidateSource
{
    public const double BaseRelevance = 0.5;

    public StreamCardKind Kind => StreamCardKind.Loyalty;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        if (!snapshot.IsSignedIn || snapshot.Loyalty is not { } standing || (standing.Balance <= 0 && standing.NextTier is null))
        {
            yield break;
        }
        if (standing.NextTier is { } next)
        {
            var progress = Math.Clamp(standing.TierPoints / (double)next.MinPoints, 0, 1);
            yield return new StreamCandidate(Kind, StreamCardKinds.SingleCard, BaseRelevance + 0.4 * progress, snapshot.NowUtc,
                new StreamReason("WhyLoyaltyNext", next.Name, next.Name, standing.PointsToNextTier));
            yield break;
        }
        yield return new StreamCandidate(Kind, StreamCardKinds.SingleCard, BaseRelevance, snapshot.NowUtc,
            new StreamReason("WhyLoyaltyTop", standing.Tier?.Name, standing.Tier?.Name));
    }
}
