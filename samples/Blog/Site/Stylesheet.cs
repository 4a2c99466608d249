using System.Security.Cryptography;

namespace Blog.Site;

/// <summary>The site's stylesheet, compiled into the assembly, at a URL that carries a hash of its bytes.</summary>
internal sealed record Stylesheet(string Url, byte[] Bytes)
{
    public const string ContentType = "text/css; charset=utf-8";

    private const string ResourceName = "Blog.site.css";

    public static Stylesheet Load()
    {
        using var stream = typeof(Stylesheet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] bytes = copy.ToArray();

        // A new URL for new bytes lets browsers keep the file forever and still never see a stale one.
        string fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        return new Stylesheet($"/assets/site.{fingerprint}.css", bytes);
    }
}
