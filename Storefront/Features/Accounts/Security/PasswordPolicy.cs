using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Storefront.Features.Accounts.Localization;

namespace Storefront.Features.Accounts.Security;

/// <summary>
/// OWASP ASVS 5 passwords: at least 8 characters (Identity's RequiredLength), at most <see cref="MaxLength"/> (64+
/// allowed), no composition rules, and none of the most common passwords (common-passwords.txt, shipped inside the
/// app). Applies wherever a password is set: registration, change, reset, set.
/// </summary>
public sealed class PasswordPolicy(IStringLocalizer<AccountText> text) : IPasswordValidator<ApplicationUser>
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (password.Length > MaxLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = text["PasswordTooLong", MaxLength] }));
        }
        if (IsCommon(password) || string.Equals(password.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["PasswordTooCommon"] }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(PasswordPolicy), "common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }
        return set;
    }
}
