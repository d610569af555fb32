namespace Storefront.Features.Accounts.ExternalSignIn;

public static class ReturnUrls
{
    /// <summary>
    /// The return URL if it stays on this site (an absolute path, not "//host" nor "/\host"), otherwise "/": a link
    /// to another site never becomes a redirect after sign-in.
    /// </summary>
    public static string Local(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "/";
        }
        if (url.Any(char.IsControl))
        {
            return "/";
        }
        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\') ? url : "/";
        }
        // "checkout/address": relative to the site's root, as the Identity pages pass them.
        return url[0] != '\\' && !url.Contains(':') && Uri.IsWellFormedUriString(url, UriKind.Relative) ? "/" + url : "/";
    }
}
