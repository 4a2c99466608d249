using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PostGenerator.Roslyn48;

/// <summary>
/// csc's console format, the one MSBuild's Csc task parses into build errors and warnings:
/// <c>path(line,column): error ID: message</c>, or <c>error ID: message</c> for a diagnostic with no place. The path
/// is full with <c>/fullpaths</c> (the SDK passes it), otherwise relative to the base directory when inside it.
/// </summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic, string baseDirectory, bool fullPaths)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        var text = $"{severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (diagnostic.Location.Kind is not (LocationKind.SourceFile or LocationKind.ExternalFile)
            || diagnostic.Location.GetMappedLineSpan() is not { IsValid: true } span)
        {
            return text;
        }

        var path = span.Path;
        if (!fullPaths && Path.IsPathFullyQualified(path) && path.StartsWith(Path.TrimEndingDirectorySeparator(baseDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            path = Path.GetRelativePath(baseDirectory, path);
        }

        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {text}";
    }
}

/// <summary>
/// The compilation's severity options (<c>/nowarn</c>, <c>/warnaserror</c>, <c>/warn</c>, rule severities) applied to a
/// diagnostic that does not pass through the compilation's own filter: the generator driver's and the host's own.
/// Analyzer and compiler diagnostics are filtered by Roslyn itself, with the severities of the analyzer config files.
/// </summary>
internal static class SeverityRules
{
    public static Diagnostic? Apply(Diagnostic diagnostic, CompilationOptions options)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            return diagnostic;
        }

        if (diagnostic.Severity == DiagnosticSeverity.Warning && diagnostic.WarningLevel > options.WarningLevel)
        {
            return null;
        }

        var rule = options.SpecificDiagnosticOptions.TryGetValue(diagnostic.Id, out var specific) ? specific : ReportDiagnostic.Default;
        if (rule == ReportDiagnostic.Default && diagnostic.Severity == DiagnosticSeverity.Warning)
        {
            rule = options.GeneralDiagnosticOption;
        }

        return rule switch
        {
            ReportDiagnostic.Suppress => null,
            ReportDiagnostic.Error => WithSeverity(diagnostic, DiagnosticSeverity.Error),
            ReportDiagnostic.Warn => WithSeverity(diagnostic, DiagnosticSeverity.Warning),
            ReportDiagnostic.Info => WithSeverity(diagnostic, DiagnosticSeverity.Info),
            ReportDiagnostic.Hidden => WithSeverity(diagnostic, DiagnosticSeverity.Hidden),
            _ => diagnostic,
        };
    }

    private static Diagnostic WithSeverity(Diagnostic diagnostic, DiagnosticSeverity severity) =>
        severity == diagnostic.Severity
            ? diagnostic
            : Diagnostic.Create(
                diagnostic.Id,
                diagnostic.Descriptor.Category,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                severity,
                diagnostic.DefaultSeverity,
                diagnostic.Descriptor.IsEnabledByDefault,
                warningLevel: severity == DiagnosticSeverity.Error ? 0 : Math.Max(diagnostic.WarningLevel, 1),
                diagnostic.Descriptor.Title,
                diagnostic.Descriptor.Description,
                diagnostic.Descriptor.HelpLinkUri,
                diagnostic.Location,
                diagnostic.AdditionalLocations,
                diagnostic.Descriptor.CustomTags,
                diagnostic.Properties);
}
