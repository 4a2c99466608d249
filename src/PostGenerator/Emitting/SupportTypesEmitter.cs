using System.Text;

namespace PostGenerator.Emitting;

/// <summary>The types every post is an instance of: <c>Post</c>, <c>PostHeading</c> and the UTF-8 source delegate, and the readers of the posts' data.</summary>
internal static class SupportTypesEmitter
{
    public const string HintName = "Post.g.cs";

    /// <summary>The class that holds one nested class of data per post; internal and out of the way.</summary>
    public const string DataClass = "__PostGeneratorData";

    public static string Emit(string ns)
    {
        var w = new SourceWriter(8 * 1024).FileHeader();
        // Hot Reload (dotnet watch, an IDE's) applies an edited post to a running app as new method bodies; the runtime
        // then calls ClearCache, so posts and indexes built before the edit are built again from the new code. The
        // attribute exists from .NET 6 on.
        w.WriteLine("#if NET6_0_OR_GREATER");
        w.WriteLine($"[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::{ns}.{DataClass}))]");
        w.WriteLine("#endif");
        w.WriteLine();
        w.OpenBlock($"namespace {ns}");

        w.WriteLine("/// <summary>Returns a post's pre-rendered HTML as UTF-8 bytes that live in the assembly's data: no allocation.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.WriteLine("public delegate global::System.ReadOnlySpan<byte> PostUtf8Source();");
        w.WriteLine();

        w.WriteLine("/// <summary>A heading of a post's body.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.OpenBlock("public sealed class PostHeading");
        w.WriteLine("/// <summary>Creates a heading.</summary>");
        w.OpenBlock("public PostHeading(int level, string id, string text)");
        w.WriteLine("Level = level;");
        w.WriteLine("Id = id;");
        w.WriteLine("Text = text;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>1 for <c>&lt;h1&gt;</c> through 6 for <c>&lt;h6&gt;</c>.</summary>");
        w.WriteLine("public int Level { get; }");
        w.WriteLine();
        w.WriteLine("/// <summary>The heading's <c>id</c> attribute, the fragment that links to it; empty when it has none.</summary>");
        w.WriteLine("public string Id { get; }");
        w.WriteLine();
        w.WriteLine("/// <summary>The heading's text, markup removed.</summary>");
        w.WriteLine("public string Text { get; }");
        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        w.WriteLine("public override string ToString() => Text;");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>A post, read and rendered at compile time.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.OpenBlock("public sealed class Post");
        w.WriteLine("private readonly global::" + ns + ".PostUtf8Source? _html;");
        w.WriteLine("private readonly int _place;");
        w.WriteLine("private readonly global::System.Func<global::System.Collections.Generic.IReadOnlyDictionary<string, object?>> _frontMatterFactory;");
        w.WriteLine("private string? _htmlText;");
        w.WriteLine("private global::System.Collections.Generic.IReadOnlyDictionary<string, object?>? _frontMatter;");
        w.WriteLine();
        // The public constructor takes the HTML as a delegate; the generator's posts are built by the internal one with
        // their place in Posts.All, and read their HTML through a switch over the places (__PostGeneratorData.Html): a
        // delegate per post made the compiler bind, cache and emit 10,000 method-group conversions (docs/performance.md).
        (string Type, string Name, string Member)[] parameters =
        [
            ("string", "slug", "Slug"), ("string", "title", "Title"), ("global::System.DateTimeOffset", "date", "Date"),
            ("string?", "author", "Author"), ("string?", "layout", "Layout"),
            ("global::System.Collections.Generic.IReadOnlyList<string>", "tags", "Tags"),
            ("global::System.Collections.Generic.IReadOnlyList<string>", "categories", "Categories"),
            ("string", "url", "Url"), ("string", "sourcePath", "SourcePath"), ("global::" + ns + ".PostUtf8Source", "html", "_html"),
            ("string", "excerpt", "Excerpt"), ("int", "wordCount", "WordCount"), ("global::System.TimeSpan", "readingTime", "ReadingTime"),
            ("global::System.Collections.Generic.IReadOnlyList<global::" + ns + ".PostHeading>", "headings", "Headings"),
            ("global::System.Func<global::System.Collections.Generic.IReadOnlyDictionary<string, object?>>", "frontMatter", "_frontMatterFactory"),
        ];
        w.WriteLine("/// <summary>Creates a post whose HTML <paramref name=\"html\"/> returns.</summary>");
        w.WriteLine("public Post(");
        w.Indentation++;
        WriteParameters(nullableHtml: false);
        w.StartLine(": this(-1");
        foreach (var (_, parameter, _) in parameters)
        {
            w.Append(", ").Append(parameter == "html" ? "html ?? throw new global::System.ArgumentNullException(nameof(html))" : parameter);
        }

        w.EndLine(")");
        w.Indentation--;
        w.WriteLine("{");
        w.WriteLine("}");
        w.WriteLine();
        w.WriteLine("/// <summary>A post of the site, at <paramref name=\"place\"/> in <c>Posts.All</c>: its HTML is read by its place when <paramref name=\"html\"/> is null.</summary>");
        w.WriteLine("internal Post(");
        w.Indentation++;
        w.WriteLine("int place,");
        WriteParameters(nullableHtml: true);
        w.Indentation--;
        w.WriteLine("{");
        w.Indentation++;
        w.WriteLine("_place = place;");
        foreach (var (_, parameter, property) in parameters)
        {
            w.WriteLine($"{property} = {parameter};");
        }

        w.CloseBlock();

        // One parameter a line, the last one closing the list; the internal constructor's HTML delegate may be null.
        void WriteParameters(bool nullableHtml)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                var (type, name, _) = parameters[i];
                w.WriteLine($"{type}{(nullableHtml && name == "html" ? "?" : "")} {name}{(i == parameters.Length - 1 ? ")" : ",")}");
            }
        }

        w.WriteLine();
        Property(w, "string", "Slug", "The slug: the file name without date and extension, or the front matter's <c>slug</c>.");
        Property(w, "string", "Title", "The title from the front matter, else made from the slug as Jekyll does.");
        Property(w, "global::System.DateTimeOffset", "Date", "The date from the front matter, else from the file name, with its offset.");
        Property(w, "string?", "Author", "The front matter's <c>author</c> when it is a single value.");
        Property(w, "string?", "Layout", "The front matter's <c>layout</c>.");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "Tags", "The tags, in the order written, without repeats.");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<string>", "Categories", "The categories: folders above <c>_posts</c>, then the front matter's.");
        Property(w, "string", "Url", "The URL from the permalink, percent-encoded as Jekyll writes it.");
        Property(w, "string", "SourcePath", "The post file's path relative to the project, with '/' separators.");
        Property(w, "string", "Excerpt", "The excerpt as plain text.");
        Property(w, "int", "WordCount", "Words in the body; every CJK character counts as one (Jekyll's <c>number_of_words: cjk</c>).");
        Property(w, "global::System.TimeSpan", "ReadingTime", "Estimated reading time, in whole minutes, at least one.");
        Property(w, "global::System.Collections.Generic.IReadOnlyList<global::" + ns + ".PostHeading>", "Headings", "The body's headings in document order.");
        w.WriteLine("/// <summary>The pre-rendered HTML as UTF-8, straight from the assembly's data: write it to a response as is.</summary>");
        w.WriteLine($"public global::System.ReadOnlySpan<byte> HtmlUtf8 => _html is null ? global::{ns}.{DataClass}.Html(_place) : _html();");
        w.WriteLine();
        w.WriteLine("/// <summary>The pre-rendered HTML, decoded once on first use.</summary>");
        w.WriteLine("public string Html => _htmlText ??= global::System.Text.Encoding.UTF8.GetString(HtmlUtf8);");
        w.WriteLine();
        w.WriteLine("/// <summary>Every front-matter key with its typed value: string, bool, long, double, DateTimeOffset, a list or a map of those, or null.</summary>");
        w.WriteLine("public global::System.Collections.Generic.IReadOnlyDictionary<string, object?> FrontMatter => _frontMatter ??= _frontMatterFactory();");
        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        w.WriteLine("public override string ToString() => Title;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.OpenBlock($"internal static partial class {DataClass}");
        w.WriteLine("/// <summary>Decodes text stored as UTF-8 data, which keeps large sites under the 16 MB string-literal limit.</summary>");
        w.WriteLine("internal static string Text(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);");
        w.WriteLine();
        w.WriteLine("/// <summary>Called by Hot Reload after it applied an edit: forgets the posts built and the indexes read, so the next read builds them from the edited code.</summary>");
        w.OpenBlock("public static void ClearCache(global::System.Type[]? updatedTypes)");
        w.WriteLine($"global::{ns}.Posts.ForgetBuilt();");
        w.WriteLine($"global::{ns}.Tags.ForgetBuilt();");
        w.WriteLine($"global::{ns}.Categories.ForgetBuilt();");
        w.CloseBlock();
        w.WriteLine();
        EmitCountedReaders(w);
        w.WriteLine();
        EmitKeys(w, ns);
        w.WriteLine();
        EmitPlaces(w, ns);
        w.WriteLine();
        EmitPostReader(w, ns);
        w.WriteLine();
        EmitFrontMatterReader(w);
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>
    /// Appends <paramref name="text"/> as <c>length:text</c> (the length in decimal UTF-16 units), the one form in which
    /// the generated data (the lookups' keys, the tags' names, the front matter's strings) carries text; the emitted
    /// <c>ReadCounted</c> reads it back.
    /// </summary>
    public static StringBuilder AppendCounted(StringBuilder builder, string text) =>
        Literals.AppendNumber(builder, text.Length).Append(':').Append(text);

    /// <summary>The readers of <see cref="AppendCounted"/>'s form and of a decimal number before a terminator.</summary>
    private static void EmitCountedReaders(SourceWriter w)
    {
        w.WriteLine("/// <summary>Reads <c>length:text</c> at <paramref name=\"at\"/>; null when <paramref name=\"keep\"/> is false (the text is skipped).</summary>");
        w.OpenBlock("internal static string? ReadCounted(string data, ref int at, bool keep = true)");
        w.WriteLine("var length = ReadNumber(data, ref at, ':');");
        w.WriteLine("var text = keep ? data.Substring(at, length) : null;");
        w.WriteLine("at += length;");
        w.WriteLine("return text;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Reads a decimal number at <paramref name=\"at\"/>, and the <paramref name=\"end\"/> after it.</summary>");
        w.OpenBlock("internal static int ReadNumber(string data, ref int at, char end)");
        w.WriteLine("var value = 0;");
        w.OpenBlock("while (data[at] != end)");
        w.WriteLine("value = (value * 10) + (data[at++] - '0');");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("at++;");
        w.WriteLine("return value;");
        w.CloseBlock();
    }

    /// <summary>
    /// The lookup behind <c>Posts.BySlug</c> and <c>Posts.ByUrl</c>: read from the keys' data (see
    /// <c>IndexEmitter.BuildPostsData</c>) on first use, so finding a post builds that post only.
    /// </summary>
    private static void EmitKeys(SourceWriter w, string ns)
    {
        w.WriteLine("/// <summary>One key of every post (0: slug, 1: URL) to the post's place in <c>Posts.All</c>, the newest winning.</summary>");
        w.OpenBlock("internal sealed class Keys");
        w.WriteLine("private readonly global::System.Collections.Generic.Dictionary<string, int> _places;");
        w.WriteLine("private readonly global::System.Collections.Generic.List<int> _asked = new global::System.Collections.Generic.List<int>();");
        w.WriteLine();
        w.WriteLine("/// <summary>Reads <paramref name=\"field\"/> of the <paramref name=\"count\"/> posts' <c>length:text</c> (or <c>?</c>) pairs.</summary>");
        w.OpenBlock("internal Keys(string data, int field, int count)");
        w.WriteLine("_places = new global::System.Collections.Generic.Dictionary<string, int>(data.Length == 0 ? 0 : count, global::System.StringComparer.Ordinal);");
        w.WriteLine("var at = 0;");
        w.OpenBlock("for (var item = 0; item < count * 2 && at < data.Length; item++)");
        w.WriteLine("var place = item / 2;");
        w.OpenBlock("if (data[at] == '?')");
        w.WriteLine("at++;");
        w.OpenBlock("if (item % 2 == field)");
        w.WriteLine("_asked.Add(place);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("continue;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("var key = ReadCounted(data, ref at, keep: item % 2 == field);");
        w.OpenBlock("if (key is not null && !_places.ContainsKey(key))");
        w.WriteLine("_places.Add(key, place);");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>The place of the newest post with this key, or -1; keys the data cannot hold are asked of their posts.</summary>");
        w.OpenBlock("internal int Find(string key, global::System.Func<int, string> keyOf)");
        w.WriteLine("var found = _places.TryGetValue(key, out var place) ? place : -1;");
        w.OpenBlock("foreach (var asked in _asked)");
        w.OpenBlock("if (found >= 0 && asked > found)");
        w.WriteLine("break;");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock("if (string.Equals(keyOf(asked), key, global::System.StringComparison.Ordinal))");
        w.WriteLine("return asked;");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return found;");
        w.CloseBlock();
        w.CloseBlock();
    }

    /// <summary>
    /// What <c>Tags.ByName</c> and <c>Categories.ByName</c> read (see <c>IndexEmitter.BuildTermPlaces</c>): each name's
    /// posts as a list of places in <c>Posts.All</c>, so reading a tag builds that tag's posts only, and only when read.
    /// </summary>
    private static void EmitPlaces(SourceWriter w, string ns)
    {
        var post = $"global::{ns}.Post";
        var list = $"global::System.Collections.Generic.IReadOnlyList<{post}>";
        w.WriteLine("/// <summary>Reads <c>length:name</c>, then places each followed by <c>,</c>, then <c>;</c>, for every name.</summary>");
        w.OpenBlock($"internal static global::System.Collections.Generic.Dictionary<string, {list}> ReadPlaces(string data)");
        w.WriteLine($"var map = new global::System.Collections.Generic.Dictionary<string, {list}>(global::System.StringComparer.Ordinal);");
        w.WriteLine("var places = new global::System.Collections.Generic.List<int>();");
        w.WriteLine("var at = 0;");
        w.OpenBlock("while (at < data.Length)");
        w.WriteLine("var name = ReadCounted(data, ref at)!;");
        w.WriteLine("places.Clear();");
        w.OpenBlock("while (data[at] != ';')");
        w.WriteLine("places.Add(ReadNumber(data, ref at, ','));");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("at++;");
        w.WriteLine("map.Add(name, new PostsAt(places.ToArray()));");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return map;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>The posts at some places of <c>Posts.All</c>, each built when first read.</summary>");
        w.OpenBlock($"private sealed class PostsAt : {list}");
        w.WriteLine("private readonly int[] _places;");
        w.WriteLine();
        w.WriteLine("internal PostsAt(int[] places) => _places = places;");
        w.WriteLine();
        ListMembers(w, post, "_places.Length", $"global::{ns}.Posts.All[_places[index]]");
        w.CloseBlock();
    }

    /// <summary>The reader of <see cref="PostData"/>: a post from its data and its HTML.</summary>
    private static void EmitPostReader(SourceWriter w, string ns)
    {
        var post = $"global::{ns}.Post";
        var heading = $"global::{ns}.PostHeading";
        w.WriteLine("/// <summary>The HTML of the post at <paramref name=\"place\"/> in <c>Posts.All</c>: UTF-8 data of the assembly, no allocation.</summary>");
        w.OpenBlock("internal static global::System.ReadOnlySpan<byte> Html(int place)");
        w.WriteLine("global::System.ReadOnlySpan<byte> html = default;");
        w.WriteLine("ReadHtml(place, ref html);");
        w.WriteLine("return html;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Supplied by <c>" + IndexEmitter.PostsDataHintName + "</c>, an implementation-only output, with the posts' places.</summary>");
        w.WriteLine("static partial void ReadHtml(int place, ref global::System.ReadOnlySpan<byte> html);");
        w.WriteLine();
        w.WriteLine("/// <summary>A post from its data (see the generator's <c>PostData</c>) at <paramref name=\"place\"/> in <c>Posts.All</c>; its front matter, the data's end, is read when first asked for.</summary>");
        w.OpenBlock($"internal static {post} ReadPost(string data, int place)");
        w.WriteLine("var at = 0;");
        w.WriteLine("var slug = ReadCounted(data, ref at)!;");
        w.WriteLine("var title = ReadCounted(data, ref at)!;");
        w.WriteLine("var date = ReadDate(data, ref at);");
        w.WriteLine("var author = ReadOptional(data, ref at);");
        w.WriteLine("var layout = ReadOptional(data, ref at);");
        w.WriteLine("var tags = ReadStrings(data, ref at);");
        w.WriteLine("var categories = ReadStrings(data, ref at);");
        w.WriteLine("var url = ReadCounted(data, ref at)!;");
        w.WriteLine("var sourcePath = ReadCounted(data, ref at)!;");
        w.WriteLine("var excerpt = ReadCounted(data, ref at)!;");
        w.WriteLine("var wordCount = ReadNumber(data, ref at, ':');");
        w.WriteLine("var readingTime = global::System.TimeSpan.FromMinutes(ReadNumber(data, ref at, ':'));");
        w.WriteLine($"var headings = new {heading}[ReadNumber(data, ref at, ':')];");
        w.OpenBlock("for (var i = 0; i < headings.Length; i++)");
        w.WriteLine("var level = ReadNumber(data, ref at, ':');");
        w.WriteLine("var id = ReadCounted(data, ref at)!;");
        w.WriteLine($"headings[i] = new {heading}(level, id, ReadCounted(data, ref at)!);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("var frontMatterAt = at;");
        w.WriteLine($"return new {post}(");
        w.WriteLine("    place, slug, title, date, author, layout, tags, categories, url, sourcePath, null, excerpt, wordCount, readingTime,");
        w.WriteLine($"    headings.Length == 0 ? global::System.Array.Empty<{heading}>() : global::System.Array.AsReadOnly(headings),");
        w.WriteLine("    () => ReadFrontMatter(data, frontMatterAt));");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Reads <c>length:text</c>, or <c>?</c> for a missing string.</summary>");
        w.OpenBlock("private static string? ReadOptional(string data, ref int at)");
        w.OpenBlock("if (data[at] != '?')");
        w.WriteLine("return ReadCounted(data, ref at);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("at++;");
        w.WriteLine("return null;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Reads a count, then that many <c>length:text</c> strings.</summary>");
        w.OpenBlock("private static global::System.Collections.Generic.IReadOnlyList<string> ReadStrings(string data, ref int at)");
        w.WriteLine("var items = new string[ReadNumber(data, ref at, ':')];");
        w.OpenBlock("for (var i = 0; i < items.Length; i++)");
        w.WriteLine("items[i] = ReadCounted(data, ref at)!;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return items.Length == 0 ? global::System.Array.Empty<string>() : global::System.Array.AsReadOnly(items);");
        w.CloseBlock();
    }

    /// <summary>The reader of <see cref="FrontMatterData"/>: the same types the front matter always had.</summary>
    private static void EmitFrontMatterReader(SourceWriter w)
    {
        const string Map = "global::System.Collections.Generic.IReadOnlyDictionary<string, object?>";
        w.WriteLine("/// <summary>A post's typed front matter from its data (see the generator's <c>FrontMatterData</c>).</summary>");
        w.OpenBlock($"internal static {Map} ReadFrontMatter(string data, int at)");
        w.WriteLine($"return ({Map})ReadValue(data, ref at)!;");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock("private static object? ReadValue(string data, ref int at)");
        w.OpenBlock("switch (data[at++])");
        w.WriteLine("case 't':");
        w.WriteLine("    return true;");
        w.WriteLine("case 'f':");
        w.WriteLine("    return false;");
        w.WriteLine("case 's':");
        w.WriteLine("    return ReadCounted(data, ref at);");
        w.WriteLine("case 'l':");
        w.WriteLine("    return ReadHex(data, ref at, 16);");
        w.WriteLine("case 'd':");
        w.WriteLine("    return global::System.BitConverter.Int64BitsToDouble(ReadHex(data, ref at, 16));");
        w.WriteLine("case 'D':");
        w.WriteLine("    return ReadDate(data, ref at);");
        w.WriteLine("case '[':");
        w.WriteLine("{");
        w.Indentation++;
        w.WriteLine("var items = new object?[ReadHex(data, ref at, 8)];");
        w.OpenBlock("for (var i = 0; i < items.Length; i++)");
        w.WriteLine("items[i] = ReadValue(data, ref at);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return global::System.Array.AsReadOnly(items);");
        w.CloseBlock();
        w.WriteLine("case '{':");
        w.WriteLine("{");
        w.Indentation++;
        w.WriteLine("var count = (int)ReadHex(data, ref at, 8);");
        w.WriteLine("var map = new global::System.Collections.Generic.Dictionary<string, object?>(count, global::System.StringComparer.Ordinal);");
        w.OpenBlock("for (var i = 0; i < count; i++)");
        w.WriteLine("at++;");
        w.WriteLine("var key = ReadCounted(data, ref at)!;");
        w.WriteLine("map[key] = ReadValue(data, ref at);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(map);");
        w.CloseBlock();
        w.WriteLine("default:");
        w.WriteLine("    return null;");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>A date: its local ticks, then its offset in minutes (see the generator's <c>FrontMatterData.AppendDate</c>).</summary>");
        w.OpenBlock("private static global::System.DateTimeOffset ReadDate(string data, ref int at)");
        w.WriteLine("var ticks = ReadHex(data, ref at, 16);");
        w.WriteLine("return new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(ReadHex(data, ref at, 16)));");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock("private static long ReadHex(string data, ref int at, int digits)");
        w.WriteLine("ulong value = 0;");
        w.OpenBlock("for (var end = at + digits; at < end; at++)");
        w.WriteLine("var c = data[at];");
        w.WriteLine("value = (value << 4) | (uint)(c <= '9' ? c - '0' : c - 'a' + 10);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return unchecked((long)value);");
        w.CloseBlock();
    }

    /// <summary>An <c>IReadOnlyList</c> of posts: its count, its indexer and enumerators over the indexer.</summary>
    internal static void ListMembers(SourceWriter w, string post, string count, string item)
    {
        w.WriteLine($"public int Count => {count};");
        w.WriteLine();
        w.WriteLine($"public {post} this[int index] => (uint)index < (uint)Count ? {item} : throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.WriteLine();
        w.OpenBlock($"public global::System.Collections.Generic.IEnumerator<{post}> GetEnumerator()");
        w.OpenBlock("for (var i = 0; i < Count; i++)");
        w.WriteLine("yield return this[i];");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
    }

    private static void Property(SourceWriter w, string type, string name, string summary)
    {
        w.WriteLine($"/// <summary>{summary}</summary>");
        w.WriteLine($"public {type} {name} {{ get; }}");
        w.WriteLine();
    }
}
