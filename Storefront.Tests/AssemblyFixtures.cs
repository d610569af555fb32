using Storefront.Tests.TestSupport;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
