using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

public class WordCounterTests
{
    /// <summary>
    /// Text counted in pieces, cut anywhere (between the two halves of a surrogate pair too), gives the count of the
    /// whole text read at once, character by character.
    /// </summary>
    [Fact]
    public void Words_counted_in_pieces_equal_words_counted_at_once()
    {
        var random = new Random(7);
        var alphabet = new[] { "a", "Z", "9", "-", "!", " ", "\t", "\n", "\u00A0", "\u3000", "中", "。", "カ", "한", "é", "\uD840\uDC00", "😀", "\uD800", "\uDC00", "\u0085", "\u007F" };
        for (var round = 0; round < 2_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var counter = default(WordCounter);
            var at = 0;
            while (at < text.Length)
            {
                var length = random.Next(0, Math.Min(5, text.Length - at) + 1);
                if (length == 1 && random.Next(2) == 0)
                {
                    counter.Add(text[at]);
                }
                else
                {
                    counter.Add(text.AsSpan(at, length));
                }

                at += length;
            }

            Assert.True(Reference(text) == counter.Finish(), $"'{text}'");
        }
    }

    /// <summary>The rule written out plainly: a CJK code point is a word, and so is a run of other non-space characters.</summary>
    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            // The CJK blocks of the alphabet above (。 and the emoji are not CJK words).
            var cjk = codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x20000 and <= 0x323AF) or (>= 0x30A0 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF);
            if (cjk)
            {
                count++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(text[i]))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }

            if (codePoint > 0xFFFF)
            {
                i++;
            }
        }

        return count;
    }
}
