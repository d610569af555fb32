namespace Storefront.Features.Orders.Returns;

/// <summary>The return rules that need no database: the withdrawal window and when an order can be returned at all.</summary>
public static class ReturnRules
{
    /// <summary>The statutory withdrawal period (§ 355 BGB): 14 days from the day the goods arrived.</summary>
    public const int WindowDays = 14;

    public const int MaxNoteLength = 500;

    /// <summary>The last day (shop time zone) a return may be requested for goods delivered on <paramref name="deliveredOn"/>.</summary>
    public static DateOnly Deadline(DateOnly deliveredOn) => deliveredOn.AddDays(WindowDays);

    /// <summary>
    /// The day the goods arrived: the recorded "delivered" step; for historical orders without one, the latest promised
    /// delivery day, else the day it was placed (the earliest it can have arrived, so the window is never too long).
    /// </summary>
    public static DateOnly DeliveredOn(DateTime? deliveredAtUtc, DateOnly? deliveryLatest, DateTime placedAtUtc, TimeZoneInfo zone)
    {
        if (deliveredAtUtc is { } at)
        {
            return LocalDay(at, zone);
        }
        return deliveryLatest ?? LocalDay(placedAtUtc, zone);
    }

    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// <summary>Whether an order in <paramref name="status"/> may be returned today (access is checked separately).</summary>
    public static ReturnEligibility Eligibility(OrderStatus status, DateOnly deadline, DateOnly today, int returnableUnits) => status switch
    {
        OrderStatus.Cancelled or OrderStatus.Returned => ReturnEligibility.Closed,
        not OrderStatus.Delivered => ReturnEligibility.NotDelivered,
        _ when today > deadline => ReturnEligibility.WindowClosed,
        _ when returnableUnits <= 0 => ReturnEligibility.NothingLeft,
        _ => ReturnEligibility.Eligible,
    };
}
