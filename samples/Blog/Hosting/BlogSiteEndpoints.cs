using Blog.Site;

namespace Blog.Hosting;

/// <summary>Serves the pages of <see cref="BlogSite"/>: one endpoint that looks the request's path up.</summary>
internal static class BlogSiteEndpoints
{
    /// <summary>
    /// Registers the site's options and pages. The options are validated when the app starts, so a bad setting
    /// stops it at once instead of breaking pages later.
    /// </summary>
    public static IServiceCollection AddBlogSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BlogSite>();
        return services;
    }

    /// <summary>
    /// One catch-all route rather than a route per page: post URLs come from Jekyll permalinks and may hold any
    /// character (CJK, spaces, braces), which route templates cannot express, and the pages are a dictionary anyway.
    /// </summary>
    public static IEndpointConventionBuilder MapBlogSite(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .WithDisplayName("Blog site");

    private static Task ServeAsync(HttpContext context)
    {
        var site = context.RequestServices.GetRequiredService<BlogSite>();
        var request = context.Request;
        if (site.Find(request.Path) is { } page)
        {
            return WriteAsync(context, page);
        }

        if (site.RedirectFor(request.Path) is { } target)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target + request.QueryString;
            return Task.CompletedTask;
        }

        return WriteAsync(context, site.NotFound);
    }

    private static Task WriteAsync(HttpContext context, SitePage page)
    {
        var response = context.Response;
        response.StatusCode = page.StatusCode;
        response.ContentType = page.ContentType;
        response.Headers.XContentTypeOptions = "nosniff";
        if (page.Immutable)
        {
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        // Straight into the response's pipe: the post bodies are copied from the assembly's data as UTF-8 bytes.
        page.Write(response.BodyWriter);
        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }
}
