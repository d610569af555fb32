using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Storefront.Localization;

namespace Storefront.Features.Accounts;

/// <summary>Identity's validation messages in the shopper's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Text> text) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["IdDuplicateEmail", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["IdDuplicateEmail", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["IdInvalidEmail", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["IdInvalidEmail", userName ?? ""]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["IdPasswordTooShort", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), text["IdPasswordUniqueChars", uniqueChars]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["IdPasswordMismatch"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["IdInvalidToken"]);
    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["IdDefaultError"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
