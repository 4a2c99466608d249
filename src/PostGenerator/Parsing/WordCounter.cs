using System;

namespace PostGenerator.Parsing;

/// <summary>
/// Jekyll's <c>number_of_words</c> in <c>cjk</c> mode (every Han, Hiragana, Katakana or Hangul character is a word, and
/// so is every run of other characters between spaces), counted over text handed over in pieces: the scans count the
/// words of a post as they read its text, without collecting it. A surrogate pair split between two pieces counts as
/// the one character it is.
/// </summary>
internal struct WordCounter
{
    private int _count;
    private bool _inWord;

    /// <summary>A high surrogate that ended the last piece, waiting for the low surrogate that may start the next; '\0' when none.</summary>
    private char _pendingHigh;

    public void Add(char c)
    {
        Span<char> one = stackalloc char[1];
        one[0] = c;
        Add(one);
    }

    public void Add(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (_pendingHigh != '\0' && text.Length > 0)
        {
            var high = _pendingHigh;
            _pendingHigh = '\0';
            if (char.IsLowSurrogate(text[0]))
            {
                Other(char.ConvertToUtf32(high, text[0]), high);
                i = 1;
            }
            else
            {
                Other(high, high);
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is > ' ' and < '\u007F')
            {
                // Printable ASCII, most of any text: part of a word.
                Word();
                continue;
            }

            if (c < '\u1100')
            {
                // Below the first CJK block (Hangul Jamo): without the range tests of IsCjk.
                if (char.IsWhiteSpace(c))
                {
                    _inWord = false;
                }
                else
                {
                    Word();
                }

                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 == text.Length)
                {
                    _pendingHigh = c;
                    return;
                }

                if (char.IsLowSurrogate(text[i + 1]))
                {
                    Other(char.ConvertToUtf32(c, text[i + 1]), c);
                    i++;
                    continue;
                }
            }

            Other(c, c);
        }
    }

    /// <summary>The words counted; a high surrogate left waiting counts as the lone character it then is.</summary>
    public int Finish()
    {
        if (_pendingHigh != '\0')
        {
            Other(_pendingHigh, _pendingHigh);
            _pendingHigh = '\0';
        }

        return _count;
    }

    private void Word()
    {
        if (!_inWord)
        {
            _count++;
            _inWord = true;
        }
    }

    private void Other(int codePoint, char first)
    {
        if (IsCjk(codePoint))
        {
            _count++;
            _inWord = false;
        }
        else if (char.IsWhiteSpace(first))
        {
            _inWord = false;
        }
        else
        {
            Word();
        }
    }

    private static bool IsCjk(int c) =>
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2E80 && c <= 0x2FDF) || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029)
        || (c >= 0x3038 && c <= 0x303B)
        || (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9D)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}
