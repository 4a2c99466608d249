using Blog.Export;
using Blog.Hosting;
using Blog.Site;

// `dotnet run` serves the site; `dotnet run -- export <dir>` writes it as static files. Both build the same pages
// from the types the generator made out of content/_posts at compile time.
var export = ExportCommand.Parse(args, out var hostArgs, out var error);
if (error is not null)
{
    Console.Error.WriteLine(error);
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
    return StaticExport.Run(app.Services.GetRequiredService<BlogSite>(), export, Console.Out);
}

app.MapBlogSite();
app.Run();
return 0;

/// <summary>The entry point; public so tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
