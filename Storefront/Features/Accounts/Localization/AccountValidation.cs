using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace Storefront.Features.Accounts.Localization;

/// <summary>
/// AccountText strings as static properties, for DataAnnotations attributes, which cannot take an IStringLocalizer:
/// <c>[Required(ErrorMessageResourceType = typeof(AccountValidation), ErrorMessageResourceName = nameof(AccountValidation.Required))]</c>,
/// <c>[Display(Name = nameof(AccountValidation.Email), ResourceType = typeof(AccountValidation))]</c>.
/// Every read returns the text in the current UI culture. In messages, {0} is the field's display name,
/// {1} the maximum and {2} the minimum length (StringLength).
/// </summary>
public static class AccountValidation
{
    // Base name "Storefront.Features.Accounts.Localization.AccountText", the manifest name of AccountText.resx.
    private static readonly ResourceManager Resources = new(typeof(AccountText));

    // Messages
    public static string Required => Get();
    public static string EmailRequired => Get();
    public static string PasswordRequired => Get();
    public static string InvalidEmail => Get();
    public static string InvalidPhone => Get();
    public static string PasswordLength => Get();
    public static string PasswordsDontMatch => Get();
    public static string CodeLength => Get();
    public static string PasskeyNameLength => Get();

    // Field names
    public static string Email => Get();
    public static string NewEmail => Get();
    public static string Password => Get();
    public static string ConfirmPassword => Get();
    public static string CurrentPassword => Get();
    public static string NewPassword => Get();
    public static string ConfirmNewPassword => Get();
    public static string RememberMe => Get();
    public static string PhoneNumber => Get();
    public static string AuthenticatorCode => Get();
    public static string RememberMachine => Get();
    public static string RecoveryCode => Get();
    public static string VerificationCode => Get();
    public static string PasskeyName => Get();

    /// <summary>The resource whose key is the calling property's name.</summary>
    internal static string Get([CallerMemberName] string key = "") =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
