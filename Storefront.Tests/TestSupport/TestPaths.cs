namespace Storefront.Tests.TestSupport;

/// <summary>Where tests write databases, screenshots and other artefacts: under the test results folder, never /tmp.</summary>
public static class TestPaths
{
    public static string Results { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;

    public static string NewDatabaseFile(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(Results, "databases")).FullName, $"{name}-{Guid.NewGuid():N}.db");

    public static string Screenshot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(Results, "screenshots")).FullName, $"{name}.png");

    /// <summary>The repository root (holds Storefront.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Storefront.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Storefront.sln not found above " + AppContext.BaseDirectory);
    }
}
