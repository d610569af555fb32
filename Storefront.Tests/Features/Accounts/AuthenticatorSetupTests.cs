using SixLabors.ImageSharp;
using Storefront.Features.Accounts.Security;

namespace Storefront.Tests.Features.Accounts;

public sealed class AuthenticatorSetupTests
{
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    [Fact]
    public void The_uri_names_the_shop_and_the_account_and_carries_the_key()
    {
        var setup = AuthenticatorSetup.For("Storefront Outlet", "anna+shop@storefront.test", Key);

        Assert.Equal($"otpauth://totp/Storefront%20Outlet:anna%2Bshop%40storefront.test?secret={Key}&issuer=Storefront%20Outlet&digits=6", setup.Uri);
    }

    [Fact]
    public void The_key_to_type_comes_in_groups_of_four_in_lower_case()
    {
        Assert.Equal("jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp", AuthenticatorSetup.For("Shop", "a@b.test", Key).FormattedKey);
        Assert.Equal("abcd ef", AuthenticatorSetup.For("Shop", "a@b.test", "ABCDEF").FormattedKey);
    }

    [Fact]
    public void The_qr_code_is_a_square_png_data_uri()
    {
        var setup = AuthenticatorSetup.For("Shop", "a@b.test", Key);

        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, setup.QrCodeDataUri);
        using var image = Image.Load(Convert.FromBase64String(setup.QrCodeDataUri[prefix.Length..]));
        Assert.Equal(image.Width, image.Height);
        // A version-4+ code at five pixels a module with its quiet zone: big enough for a phone camera.
        Assert.True(image.Width >= 150, $"{image.Width} px");
    }
}
