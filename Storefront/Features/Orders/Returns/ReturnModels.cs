using Storefront.Common;

namespace Storefront.Features.Orders.Returns;

/// <summary>Who is asking: the signed-in account, the browser's shopper key and the token from the order mail's link.</summary>
public sealed record ReturnAccess(string? UserId, string? OwnerKey, string? AccessToken);

public enum ReturnEligibility
{
    Eligible,
    /// <summary>Not delivered yet (placed, paid, packed or shipped): returns start at delivery.</summary>
    NotDelivered,
    /// <summary>Cancelled or already returned as a whole.</summary>
    Closed,
    /// <summary>The 14-day withdrawal window after delivery is over.</summary>
    WindowClosed,
    /// <summary>Every unit is already returned or on its way back.</summary>
    NothingLeft,
    /// <summary>An account's order: only its signed-in owner may return it.</summary>
    SignInRequired,
    /// <summary>A guest order: only the link from the confirmation mail (with its token) may return it.</summary>
    MailLinkRequired,
}

/// <summary>An order line as the return form offers it.</summary>
public sealed record ReturnableLine(
    int OrderLineId, string ProductName, string Size, string Colour, Money UnitPrice, int Ordered, int AlreadyReturned, bool HasOpenReturn)
{
    /// <summary>Units that may go back now: none while a return for this line is open.</summary>
    public int Returnable => HasOpenReturn ? 0 : Math.Max(0, Ordered - AlreadyReturned);
}

public sealed record ReturnLineView(string ProductName, string Size, string Colour, int Quantity, ReturnReason Reason, string? Note);

public sealed record ReturnView(int Id, DateTime RequestedAtUtc, ReturnState State, DateTime? ReceivedAtUtc, IReadOnlyList<ReturnLineView> Lines);

/// <summary>What the order page and the return form show about returns of one order.</summary>
public sealed record ReturnOverview(
    string Number,
    string? AccessToken,
    ReturnEligibility Eligibility,
    DateOnly? Deadline,
    IReadOnlyList<ReturnableLine> Lines,
    IReadOnlyList<ReturnView> Returns)
{
    public bool CanReturn => Eligibility == ReturnEligibility.Eligible;
}

/// <summary>One row of the posted return form; all text, so tampered or non-numeric posts get a message instead of a binding error.</summary>
public sealed class ReturnLineInput
{
    public string? OrderLineId { get; set; }
    public string? Quantity { get; set; }
    public string? Reason { get; set; }
    public string? Note { get; set; }
}

public sealed class ReturnForm
{
    public List<ReturnLineInput> Lines { get; set; } = [];
}

public sealed record ReturnCommand(string? Number, ReturnAccess Access, IReadOnlyList<ReturnLineInput>? Lines, string SiteBaseUrl);

/// <summary>Field names of <see cref="ReturnRequestResult.LineErrors"/> values.</summary>
public enum ReturnField
{
    Quantity,
    Reason,
    Note,
}

public sealed record ReturnRequestResult(bool Succeeded, int? ReturnId, string? Error, IReadOnlyDictionary<(int OrderLineId, ReturnField Field), string> LineErrors)
{
    private static readonly Dictionary<(int, ReturnField), string> NoErrors = [];

    public static ReturnRequestResult Ok(int id) => new(true, id, null, NoErrors);

    public static ReturnRequestResult Fail(string error) => new(false, null, error, NoErrors);

    public string? ErrorFor(int orderLineId, ReturnField field) => LineErrors.GetValueOrDefault((orderLineId, field));
}

public enum ReceiveOutcome
{
    Received,
    /// <summary>Marked received before: nothing restocked twice.</summary>
    AlreadyReceived,
    NotFound,
    /// <summary>Too much contention on the variants' stock; nothing saved, try again.</summary>
    Busy,
}

/// <summary>The merchant's receipt of a return: whether the order as a whole is now "returned".</summary>
public sealed record ReceiveResult(ReceiveOutcome Outcome, bool OrderReturned);
