namespace Storefront.Features.Accounts;

public enum PasskeyOperation
{
    Create = 0,
    Request = 1,
}
