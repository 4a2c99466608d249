using ConsoleSample.Content;

// Everything below was read, typed and rendered at compile time: no Markdown or YAML is parsed here.
Console.OutputEncoding = System.Text.Encoding.UTF8;

Console.WriteLine($"{Posts.All.Count} posts, newest first:");
foreach (var post in Posts.All)
{
    Console.WriteLine($"  {post.Date:yyyy-MM-dd}  {post.Title}");
    Console.WriteLine($"              {post.Url}");
    Console.WriteLine($"              {post.WordCount} words, {post.ReadingTime.TotalMinutes:0} min read, tags: {string.Join(", ", post.Tags)}");
}

Console.WriteLine();
Console.WriteLine($"{Tags.All.Count} tags:");
foreach (var tag in Tags.All)
{
    Console.WriteLine($"  {tag} ({Tags.PostsOf(tag).Count})");
}

Console.WriteLine();
Console.WriteLine($"{Categories.All.Count} categories: {string.Join(", ", Categories.All)}");

// Metadata is constant where C# allows it, so it works in attributes and switch cases.
const string url = Posts.WritingAnIncrementalGenerator.Url;
Console.WriteLine();
Console.WriteLine($"Constant URL: {url}");

var seed = Posts.BySlug("白宫发拜登王毅照 敲定11月旧金山拜习会");
Console.WriteLine($"By slug: {seed?.Title} from {seed?.FrontMatter["from"]}, {seed?.HtmlUtf8.Length} bytes of HTML");
foreach (var heading in Posts.ATourOfMarkdigExtensions.Post.Headings)
{
    Console.WriteLine($"  {new string(' ', heading.Level * 2)}{heading.Text} (#{heading.Id})");
}
