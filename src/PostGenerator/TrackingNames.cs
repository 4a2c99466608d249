namespace PostGenerator;

/// <summary>The names of the pipeline's steps, so tests can assert which of them re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string EmitContext = nameof(EmitContext);
    public const string Inputs = nameof(Inputs);
    public const string Batches = nameof(Batches);
    public const string Posts = nameof(Posts);
    public const string BatchSummaries = nameof(BatchSummaries);
    public const string Summaries = nameof(Summaries);
    public const string PostUrlMap = nameof(PostUrlMap);
    public const string PostShards = nameof(PostShards);
    public const string PostsIndex = nameof(PostsIndex);
    public const string PostsData = nameof(PostsData);
    public const string TagsIndex = nameof(TagsIndex);
    public const string CategoriesIndex = nameof(CategoriesIndex);
    public const string TagsPlaces = nameof(TagsPlaces);
    public const string CategoriesPlaces = nameof(CategoriesPlaces);
}
