using Blog.Export;
using Blog.Hosting;
using Blog.Site;
using Microsoft.Extensions.Options;

// `dotnet run` serves the site; `dotnet run -- export <dir>` writes it as static files. Both build the same pages
// from the types the generator made out of content/_posts at compile time.
var export = ExportCommand.Parse(args, out var hostArgs, out var usageError);
if (usageError is not null)
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine(ExportCommand.Usage);
    return 2;
}

// The settings are read from beside the app, not from the working directory, which is the caller's own (see the
// project file), so that `export out` writes to ./out where the command was typed.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddBlogSite(builder.Configuration);

var app = builder.Build();
if (export is not null)
{
    try
    {
        return StaticExport.Run(app.Services.GetRequiredService<BlogSite>(), export, Console.Out);
    }
    catch (Exception failure) when (failure is OptionsValidationException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
    {
        // A bad setting, two pages on one file, or a folder that cannot be written: say which, without a stack trace.
        Console.Error.WriteLine($"export failed: {failure.Message}");
        return 1;
    }
}

app.MapBlogSite();
app.Run();
return 0;

/// <summary>The entry point; public so tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
