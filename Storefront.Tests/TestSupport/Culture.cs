using System.Globalization;

namespace Storefront.Tests.TestSupport;

/// <summary>Runs service code in one UI language, as a request in that language would.</summary>
public static class Culture
{
    public static async Task<T> InCulture<T>(string culture, Func<Task<T>> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
