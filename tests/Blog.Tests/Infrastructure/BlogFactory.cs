using Blog.Site;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Blog.Tests.Infrastructure;

/// <summary>The sample blog hosted in memory, with its own appsettings.json, as <c>dotnet run</c> starts it.</summary>
public sealed class BlogFactory : WebApplicationFactory<Program>
{
    internal BlogSite Site => Services.GetRequiredService<BlogSite>();

    internal SiteOptions Options => Services.GetRequiredService<IOptions<SiteOptions>>().Value;

    /// <summary>A client that reports redirects instead of following them.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
