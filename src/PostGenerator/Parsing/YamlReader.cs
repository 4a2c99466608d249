using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PostGenerator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PostGenerator.Parsing;

/// <summary>
/// Reads front matter with YamlDotNet's event parser into <see cref="YamlNode"/>s. Going through events instead of
/// the deserializer means a YAML tag can never instantiate a type, and alias expansion is ours to bound.
/// </summary>
internal static class YamlReader
{
    /// <summary>Nodes produced in all, aliases expanded: a bound against "billion laughs".</summary>
    public const int MaxNodes = 100_000;

    public const int MaxDepth = 64;

    /// <summary>
    /// Characters of scalars produced in all, aliases expanded. Counting nodes alone let one long string aliased many
    /// times expand to gigabytes (found by testing: 1,000 aliases of a 900,000-character string took 180 s and 21 GB).
    /// </summary>
    public const int MaxChars = 2 * 1024 * 1024;

    /// <summary>Reads the first document. Offsets in nodes and diagnostics are relative to <paramref name="yaml"/> plus <paramref name="baseOffset"/>.</summary>
    public static YamlNode? Read(string yaml, int baseOffset, List<PostDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var state = new State(new GuardedParser(new Parser(new StringReader(yaml))), baseOffset, diagnostics, cancellationToken);
        try
        {
            state.Parser.Consume<StreamStart>();
            if (state.Parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            state.Parser.Consume<DocumentStart>();
            if (state.Parser.Accept<DocumentEnd>(out _))
            {
                return null;
            }

            var root = state.ReadNode(0);
            // Reading on to the end of the document surfaces syntax errors after the last node.
            state.Parser.Consume<DocumentEnd>();
            return root;
        }
        catch (YamlException ex)
        {
            var (start, end) = YamlErrorLocator.Locate(yaml, ex);
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.YamlSyntax, baseOffset + start, end - start, CleanMessage(ex.Message)));
            return null;
        }
        catch (LimitExceededException ex)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.LimitExceeded, baseOffset + ex.Start, ex.Length, ex.Message));
            return null;
        }
    }

    /// <summary>YamlDotNet prefixes messages with the marks; we report positions through the location instead.</summary>
    private static string CleanMessage(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        return text.Trim().TrimEnd('.');
    }

    /// <summary>
    /// YamlDotNet throws more than <see cref="YamlException"/> on some malformed input (found by fuzzing:
    /// <c>: [</c> then a new line throws InvalidOperationException; <c>"\uD800\u0041"</c> throws
    /// ArgumentOutOfRangeException). Whatever the parser throws is a syntax error of the post, reported at the last
    /// event it read; exceptions of our own code stay what they are.
    /// </summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        private Mark _lastStart = Mark.Empty;
        private Mark _lastEnd = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            try
            {
                var moved = inner.MoveNext();
                if (inner.Current is { } current)
                {
                    _lastStart = current.Start;
                    _lastEnd = current.End;
                }

                return moved;
            }
            catch (Exception ex) when (ex is not YamlException and not OperationCanceledException)
            {
                throw new SyntaxErrorException(_lastStart, _lastEnd, "the YAML cannot be read after this point (" + ex.Message + ")");
            }
        }
    }

    private sealed class LimitExceededException : Exception
    {
        public LimitExceededException(string message, int start, int length)
            : base(message)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }
    }

    private sealed class State
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private readonly int _baseOffset;
        private readonly CancellationToken _cancellationToken;
        private int _nodeCount;
        private long _charCount;

        public State(IParser parser, int baseOffset, List<PostDiagnostic> diagnostics, CancellationToken cancellationToken)
        {
            Parser = parser;
            _baseOffset = baseOffset;
            Diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        public IParser Parser { get; }

        public List<PostDiagnostic> Diagnostics { get; }

        public YamlNode ReadNode(int depth)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var current = Parser.Current ?? throw new InvalidOperationException("The YAML parser has no current event.");
            if (depth > MaxDepth)
            {
                throw Limit($"front matter is nested deeper than {MaxDepth} levels", current);
            }

            switch (current)
            {
                case AnchorAlias alias:
                    Parser.MoveNext();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new SemanticErrorException(alias.Start, alias.End, $"Anchor '{alias.Value.Value}' is not defined");
                    }

                    var (nodes, chars, height) = Measure(target);
                    Count(nodes, chars, alias);

                    // An alias nests its target where it stands: a chain of aliases of nested lists built a tree thousands
                    // of levels deep from shallow text, and the generated initializer overflowed the compiler's stack.
                    if (depth + height - 1 > MaxDepth)
                    {
                        throw Limit($"front matter is nested deeper than {MaxDepth} levels (aliases included)", alias);
                    }

                    // The alias's own node: its anchor's kind, value and children, at the alias's place in the text, so a
                    // diagnostic about it (a repeated key, a value of the wrong shape) points at the alias, and a list or
                    // map that ends with it ends where it does, not where its anchor does, earlier in the text.
                    return new YamlNode
                    {
                        Kind = target.Kind,
                        Value = target.Value,
                        IsPlain = target.IsPlain,
                        Tag = target.Tag,
                        ItemList = target.ItemList,
                        PairList = target.PairList,
                        Start = Offset(alias.Start),
                        End = Offset(alias.End),
                    };

                case Scalar scalar:
                    Parser.MoveNext();
                    Count(1, scalar.Value.Length, scalar);
                    return Remember(scalar, new YamlNode
                    {
                        Kind = YamlNodeKind.Scalar,
                        Value = scalar.Value,
                        IsPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty,
                        Tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value,
                        Start = Offset(scalar.Start),
                        End = Offset(scalar.End),
                    });

                case SequenceStart sequenceStart:
                {
                    Parser.MoveNext();
                    Count(1, 0, sequenceStart);
                    var node = new YamlNode { Kind = YamlNodeKind.Sequence, Start = Offset(sequenceStart.Start), Tag = sequenceStart.Tag.IsEmpty ? "" : sequenceStart.Tag.Value, ItemList = new List<YamlNode>() };
                    SequenceEnd? end;
                    while (!Parser.TryConsume<SequenceEnd>(out end))
                    {
                        node.ItemList.Add(ReadNode(depth + 1));
                        node.End = node.Items[node.Items.Count - 1].End;
                    }

                    // A flow list ends after its ']' (the end event starts on it); a block list's end event lies on the
                    // next key, so there its last item ends it.
                    if (sequenceStart.Style == SequenceStyle.Flow)
                    {
                        node.End = Offset(end!.Start) + 1;
                    }

                    return Remember(sequenceStart, node);
                }

                case MappingStart mappingStart:
                {
                    Parser.MoveNext();
                    Count(1, 0, mappingStart);
                    var node = new YamlNode { Kind = YamlNodeKind.Mapping, Start = Offset(mappingStart.Start), Tag = mappingStart.Tag.IsEmpty ? "" : mappingStart.Tag.Value, PairList = new List<KeyValuePair<YamlNode, YamlNode>>() };
                    MappingEnd? end;
                    while (!Parser.TryConsume<MappingEnd>(out end))
                    {
                        var key = ReadNode(depth + 1);
                        var value = ReadNode(depth + 1);
                        node.PairList.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
                        node.End = value.End;
                    }

                    if (mappingStart.Style == MappingStyle.Flow)
                    {
                        node.End = Offset(end!.Start) + 1;
                    }

                    return Remember(mappingStart, node);
                }

                default:
                    throw new SemanticErrorException(current.Start, current.End, $"Unexpected YAML event {current.GetType().Name}");
            }
        }

        private YamlNode Remember(NodeEvent nodeEvent, YamlNode node)
        {
            if (!nodeEvent.Anchor.IsEmpty)
            {
                _anchors[nodeEvent.Anchor.Value] = node;
            }

            return node;
        }

        private int Offset(Mark mark) => _baseOffset + (int)mark.Index;

        /// <summary>An alias re-uses its node, but whoever walks the tree walks it again: count it every time.</summary>
        private void Count(int nodes, long chars, ParsingEvent at)
        {
            _nodeCount += nodes;
            _charCount += chars;
            if (_nodeCount > MaxNodes)
            {
                throw Limit($"front matter expands to more than {MaxNodes} YAML nodes (aliases included)", at);
            }

            if (_charCount > MaxChars)
            {
                throw Limit($"front matter expands to more than {MaxChars} characters of values (aliases included)", at);
            }
        }

        private LimitExceededException Limit(string message, ParsingEvent at)
        {
            var start = Offset(at.Start);
            return new LimitExceededException(message, start, Math.Max(0, Offset(at.End) - start));
        }

        /// <summary>Nodes, scalar characters and levels an alias of <paramref name="node"/> adds; stops counting once past a limit.</summary>
        private static (int Nodes, long Chars, int Height) Measure(YamlNode node)
        {
            var nodes = 1;
            long chars = node.Value.Length;
            var height = 1;
            foreach (var child in node.Items.Concat(node.Pairs.SelectMany(pair => new[] { pair.Key, pair.Value })))
            {
                var (n, c, h) = Measure(child);
                nodes += n;
                chars += c;
                height = Math.Max(height, h + 1);
                if (nodes > MaxNodes || chars > MaxChars)
                {
                    break;
                }
            }

            return (nodes, chars, height);
        }
    }
}
