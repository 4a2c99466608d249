namespace PostGenerator.Model;

/// <summary>The stable diagnostic ids. Parsing reports them as data; the analyzer maps them to descriptors.</summary>
internal static class DiagnosticIds
{
    public const string MissingFrontMatter = "POST001";
    public const string UnclosedFrontMatter = "POST002";
    public const string YamlSyntax = "POST003";
    public const string FrontMatterNotMapping = "POST004";
    public const string DuplicateKey = "POST005";
    public const string WrongShape = "POST006";
    public const string InvalidDate = "POST007";
    public const string AmbiguousDate = "POST008";
    public const string DateMismatch = "POST009";
    public const string FileNameWithoutDate = "POST010";
    public const string MissingTitle = "POST011";
    public const string DuplicatePost = "POST012";
    public const string BrokenTagLink = "POST013";
    public const string BrokenPostUrl = "POST014";
    public const string BrokenPostLink = "POST015";
    public const string LanguageVersion = "POST016";
    public const string LimitExceeded = "POST017";
    public const string UnreadableFile = "POST018";
    public const string SiteLimitExceeded = "POST019";
}
