using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Diagnostics;

/// <summary>
/// Reports every content mistake of every post at its exact span in the post file. It runs the generator's own parser
/// (<see cref="PostParser"/>); the generator itself reports nothing. All checks, the cross-post ones included, run in
/// the AdditionalFile action of the file they concern, against a <see cref="SiteIndex"/> built once per compilation:
/// so an editor shows a post's broken tag links while it is open, without full-solution analysis.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PostsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => PostDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var site = new Site(start.Options, OptionsReader.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions), start.Compilation);
            start.RegisterAdditionalFileAction(site.Analyze);
        });
    }

    /// <summary>The state of one compilation: its options and, once a post is analyzed, the index of all posts.</summary>
    private sealed class Site
    {
        private readonly object _gate = new();
        private readonly AnalyzerOptions _analyzerOptions;
        private readonly SiteOptions _options;
        private readonly LanguageVersion? _tooOld;
        private SiteIndex? _index;

        public Site(AnalyzerOptions analyzerOptions, SiteOptions options, Compilation compilation)
        {
            _analyzerOptions = analyzerOptions;
            _options = options;
            _tooOld = compilation is CSharpCompilation c && c.LanguageVersion < PostsGenerator.MinimumLanguageVersion ? c.LanguageVersion : null;
        }

        public void Analyze(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var cancellationToken = context.CancellationToken;
            try
            {
                if (!PostsGenerator.IsPostFile(file, _analyzerOptions.AnalyzerConfigOptionsProvider, out _))
                {
                    return;
                }

                var index = Index(cancellationToken);
                var post = index.ByPath(file.Path);
                if (post is null)
                {
                    return;
                }

                Report(context, post, post.Diagnostics);
                Report(context, post, CrossPostChecks.Check(post, index));
                ReportSiteLimit(context, post, index.TagLimitPost, post.TagsAnchor, "tags", "Tags");
                ReportSiteLimit(context, post, index.CategoryLimitPost, post.CategoriesAnchor, "categories", "Categories");
                if (_tooOld is { } version && ReferenceEquals(index.Posts[0], post))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PostDescriptors.LanguageVersion, PostLocation.Create(post.Path, post.Text, 0, 0), version.ToDisplayString()));
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // AD0001 would hide every other diagnostic of the file and name no post: say which post, and go on.
                context.ReportDiagnostic(Diagnostic.Create(
                    PostDescriptors.UnreadableFile,
                    Location.Create(file.Path, default, default),
                    "internal error of the analyzer: " + ex.GetType().Name + ": " + ex.Message));
            }
        }

        /// <summary>
        /// Built by the first post analyzed, under a lock rather than <see cref="Lazy{T}"/>: a cancelled build must not
        /// be remembered, since an editor analyzes the same compilation again with a new token.
        /// </summary>
        private SiteIndex Index(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return _index ??= SiteIndex.Build(_analyzerOptions, _options, cancellationToken);
            }
        }

        private static void ReportSiteLimit(AdditionalFileAnalysisContext context, PostFacts post, PostFacts? limitPost, Microsoft.CodeAnalysis.Text.TextSpan anchor, string names, string className)
        {
            if (ReferenceEquals(post, limitPost))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    PostDescriptors.SiteLimitExceeded,
                    PostLocation.Create(post.Path, post.Text, anchor.Start, anchor.Length),
                    PostParser.MaxTermsPerSite.ToString("N0", CultureInfo.InvariantCulture),
                    names,
                    className));
            }
        }

        private static void Report(AdditionalFileAnalysisContext context, PostFacts post, IEnumerable<PostDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var descriptor = PostDescriptors.Get(diagnostic.Id);
                var location = PostLocation.Create(post.Path, post.Text, diagnostic.Start, diagnostic.Length);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, Arguments(descriptor, diagnostic)));
            }
        }

        /// <summary>The message arguments, padded so a format never asks for one the parser did not give.</summary>
        private static object[] Arguments(DiagnosticDescriptor descriptor, PostDiagnostic diagnostic)
        {
            var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            var count = 0;
            while (format.IndexOf("{" + count.ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal) >= 0)
            {
                count++;
            }

            var args = new object[Math.Max(count, diagnostic.Args.Count)];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = i < diagnostic.Args.Count ? diagnostic.Args[i] : "";
            }

            return args;
        }
    }
}
