# Writes the input posts with exact bytes (CRLF, BOM, UTF-16, invalid UTF-8).
# The committed site/ and errors/ folders are the source of truth; this only
# documents how they were made.  Usage (deletes and rewrites both folders):
#   ruby make_site.rb site errors      # needs /work/shared/seed/*.md (the seed post)
require 'fileutils'
S = ARGV[0] || "/tmp/jk/site"
FileUtils.rm_rf(S); FileUtils.mkdir_p(S)
def w(rel, s, bin: false)
  p = File.join(S, rel); FileUtils.mkdir_p(File.dirname(p))
  File.binwrite(p, s)
end
def post(rel, fm, body = "Body of the post.\n\nSecond paragraph.\n")
  w(rel, "---\n#{fm}---\n#{body}")
end
w("_config.yml", "# Base config shared by every build (see ../configs/ for the per-build overlays).\nmarkdown: kramdown\nexclude: []\n")
w("_layouts/post.html", "{{ content }}")
seed = Dir["/work/shared/seed/*"].first
w("_posts/" + File.basename(seed), File.binread(seed))
# ---- dates
post "_posts/2017-01-02-date-iso-z-millis.md", "title: Date ISO Z millis\ndate: 2017-01-02T03:04:05.678Z\n"
post "_posts/2017-01-02-date-iso-z-micros.md", "title: Date ISO Z micros\ndate: 2017-01-02T03:04:05.123456Z\n"
post "_posts/2017-01-02-date-space-plus0800.md", "title: Date space +0800\ndate: 2017-01-02 03:04:05 +0800\n"
post "_posts/2017-01-02-date-space-minus0530.md", "title: Date space -0530\ndate: 2017-01-02 03:04:05 -0530\n"
post "_posts/2017-01-02-date-bare.md", "title: Date bare\ndate: 2017-01-02\n"
post "_posts/2017-01-02-date-iso-plus0800.md", "title: Date ISO +08:00\ndate: 2017-01-02T03:04:05+08:00\n"
post "_posts/2017-01-02-date-iso-plus0800-nocolon.md", "title: Date ISO +0800\ndate: 2017-01-02T03:04:05+0800\n"
post "_posts/2017-01-02-date-no-seconds.md", "title: Date no seconds\ndate: 2017-01-02 03:04\n"
post "_posts/2017-01-02-date-no-zone.md", "title: Date no zone unquoted\ndate: 2017-01-02 03:04:05\n"
post "_posts/2017-01-02-date-no-zone-quoted.md", "title: Date no zone quoted\ndate: \"2017-01-02 03:04:05\"\n"
post "_posts/2017-01-02-date-quoted-plus0800.md", "title: Date quoted +0800\ndate: \"2017-01-02 03:04:05 +0800\"\n"
post "_posts/2017-01-02-date-quoted-fraction.md", "title: Date quoted with fraction\ndate: \"2017-01-02T03:04:05.678Z\"\n"
post "_posts/2017-01-02-date-from-filename.md", "title: Date from file name\n"
post "_posts/2017-01-02-date-crosses-utc-day.md", "title: Date crosses UTC day\ndate: 2017-01-02 23:30:00 -0500\n"
post "_posts/2017-1-2-single-digit-month-day.md", "title: Single digit month and day\n"
post "_posts/2017-01-02-date-differs-from-filename.md", "title: Date differs from file name\ndate: 2018-05-06 07:08:09 +0000\n"
post "_posts/2017-01-02-date-day-first.md", "title: Date day first\ndate: 11-9-2017\n"
post "_posts/2017-01-02-date-slashes-ymd.md", "title: Date slashes y/m/d\ndate: 2017/01/02\n"
post "_posts/2017-01-02-date-slashes-dmy.md", "title: Date slashes 03/04/2017\ndate: 03/04/2017\n"
post "_posts/2017-01-02-date-english.md", "title: Date English\ndate: Jan 2, 2017\n"
post "_posts/2017-01-02-date-compact-integer.md", "title: Date compact integer\ndate: 20170102\n"
post "_posts/2017-01-02-date-tz-abbrev.md", "title: Date PST\ndate: 2017-01-02 03:04:05 PST\n"
post "_posts/2017-02-30-filename-feb-30.md", "title: File name Feb 30\n"
post "_posts/17-01-02-two-digit-year.md", "title: Two digit year in file name\n"
post "_posts/2099-01-01-future-post.md", "title: Future post\n"
# ---- slugs / titles
post "_posts/2017-01-02-hello-big-world.md", "layout: post\n"
post "_posts/2017-01-02-hELLO-wORLD.md", "layout: post\n"
post "_posts/2017-01-02-Hello World With Spaces.md", "layout: post\n"
post "_posts/2017-01-02-v1.2.3-release.md", "layout: post\n"
post "_posts/2017-01-02-trailing-dots...md", "layout: post\n"
post "_posts/2017-01-02-c++ & c#.md", "layout: post\n"
post "_posts/2017-01-02-100%-sure.md", "layout: post\n"
post "_posts/2017-01-02-中文标题.md", "layout: post\n"
post "_posts/2017-01-02-snake_case_name.md", "layout: post\n"
post "_posts/2017-01-02-double--hyphen-.md", "layout: post\n"
post "_posts/2017-01-02-slug-in-front-matter.md", "title: Slug in front matter\nslug: My Custom Slug!\n"
post "_posts/2017-01-02-slug-punctuation.md", "title: Slug punctuation\nslug: \"what? a:b (c)!d~e@f=g,h;i'j$k[l]<m>|n{o}^p`q\\\\r\\\"s\"\n"
post "_posts/2017-01-02-front-matter-slug-no-title.md", "slug: Custom Slug Here\n"
post "_posts/2017-01-02-slug-cjk.md", "title: Slug CJK\nslug: 中文 Slug\n"
post "_posts/2017-01-02-title-number.md", "title: 1984\n"
post "_posts/2017-01-02-title-empty.md", "title: \"\"\n"
post "_posts/2017-01-02-title-null.md", "title:\n"
post "_posts/2017-01-02-title-differs-from-slug.md", "title: \"A Title: With Colon & Ampersand\"\n"
post "_posts/2017-01-02-markdown-ext.markdown", "title: Markdown extension\n"
post "_posts/2017-01-02-html-post.html", "title: HTML post\n", "<p>First <b>html</b> paragraph.</p>\n\n<p>Second.</p>\n"
post "_posts/2017-01-02-text-post.txt", "title: Text post\n"
# ---- tags / categories
post "_posts/2017-01-02-tags-flow-list.md", "title: Tags flow list\ntags: [a, B, c d]\n"
post "_posts/2017-01-02-tags-block-list.md", "title: Tags block list\ntags:\n  - alpha\n  - Beta\n  - gamma delta\n"
post "_posts/2017-01-02-tags-string.md", "title: Tags string\ntags: a b c\n"
post "_posts/2017-01-02-tags-string-commas.md", "title: Tags string with commas\ntags: \"a, b,c\"\n"
post "_posts/2017-01-02-tags-numbers.md", "title: Tags numbers\ntags: [2017, 1.5, 1.50, 010, 0x1F, 1_000, true, null, \"2018\", 2017-01-02]\n"
post "_posts/2017-01-02-tags-singular.md", "title: Tags singular wins\ntag: solo\ntags: [x, y]\n"
post "_posts/2017-01-02-tags-singular-string.md", "title: Tag singular string with spaces\ntag: one two\n"
post "_posts/2017-01-02-tags-duplicates.md", "title: Tags and categories duplicates\ntags: [a, a, b, A]\ncategories: [x, x, X]\n"
post "_posts/2017-01-02-tags-empty.md", "title: Tags null categories empty\ntags:\ncategories: []\n"
post "_posts/2017-01-02-category-singular.md", "title: Category singular\ncategory: Foo\n"
post "_posts/2017-01-02-category-singular-with-space.md", "title: Category singular with space\ncategory: Foo Bar\n"
post "_posts/2017-01-02-categories-string.md", "title: Categories string\ncategories: \"Foo Bar\"\n"
post "_posts/2017-01-02-category-and-categories.md", "title: Category and categories\ncategory: Foo\ncategories: [Bar, Baz]\n"
post "_posts/2017-01-02-categories-uppercase.md", "title: Categories uppercase\ncategories: [Foo, foo, \"FOO Bar\", 中文, C#]\n"
post "_posts/2017-01-02-categories-numbers.md", "title: Categories numbers\ncategories: [2017, 1.50, true]\n"
post "cat1/cat2/_posts/2017-01-02-folder-categories.md", "title: Folder categories\n"
post "cat1/cat2/_posts/2017-01-02-folder-plus-front-matter.md", "title: Folder plus front matter categories\ncategories: [Extra, cat1]\n"
post "cat1/cat2/_posts/2017-01-02-folder-plus-string-categories.md", "title: Folder plus string categories\ncategories: Extra More\n"
post "Folder Cat/_posts/2017-01-02-folder-with-space.md", "title: Folder with space and uppercase\n"
post "_posts/sub/2017-01-02-in-posts-subdir.md", "title: In a subfolder of _posts\n"
# ---- permalinks
post "_posts/2017-01-02-permalink-custom-title.md", "title: Permalink custom title\npermalink: /custom/:title/\n"
post "_posts/2017-01-02-permalink-pretty-word.md", "title: Permalink pretty word\npermalink: pretty\n"
post "_posts/2017-01-02-permalink-literal.md", "title: Permalink literal\npermalink: /about/me.html\n"
post "_posts/2017-02-03-permalink-placeholders.md", "title: Permalink placeholders\ndate: 2017-02-03 04:05:06 +0000\nslug: Mixed Case\ncategories: [Aa, Bb]\npermalink: /:categories/:year/:short_year/:month/:i_month/:day/:i_day/:y_day/:hour/:minute/:second/:slug/:title/:name:output_ext\n"
post "_posts/2017-01-02-permalink-cjk-literal.md", "title: Permalink CJK literal\npermalink: /文章 一/:title/\n"
post "_posts/2017-01-02-permalink-no-leading-slash.md", "title: Permalink no leading slash\npermalink: custom/:title\n"
post "_posts/2017-01-02-permalink-dotdot.md", "title: Permalink dotdot\npermalink: /a/../b//c/./d/\n"
post "_posts/2017-01-02-permalink-slugified-categories.md", "title: Permalink slugified categories\ncategories: [\"Foo Bar\", \"C#\", 中文]\npermalink: /:slugified_categories/:title/\n"
post "_posts/2017-01-02-permalink-week.md", "title: Permalink week placeholders\npermalink: /:w_year/W:week/:w_day/:short_day/:long_day/:short_month/:long_month/:title/\n"
# ---- published
post "_posts/2017-01-02-published-false.md", "title: Published false\npublished: false\n"
post "_posts/2017-01-02-published-true.md", "title: Published true\npublished: true\n"
post "_posts/2017-01-02-published-string-false.md", "title: Published string false\npublished: \"false\"\n"
post "_posts/2017-01-02-published-no.md", "title: Published no\npublished: no\n"
# ---- excerpts
post "_posts/2017-01-02-excerpt-default.md", "title: Excerpt default\n", "First *paragraph* with a [link](https://example.com/).\nStill first paragraph.\n\nSecond paragraph.\n"
post "_posts/2017-01-02-excerpt-separator.md", "title: Excerpt separator\nexcerpt_separator: <!--more-->\n", "Para one.\n\nPara two.\n<!--more-->\nAfter the separator.\n"
post "_posts/2017-01-02-excerpt-explicit.md", "title: Excerpt explicit\nexcerpt: \"Hand-written *excerpt*\"\n"
post "_posts/2017-01-02-excerpt-empty-separator.md", "title: Excerpt empty separator\nexcerpt_separator: \"\"\n"
post "_posts/2017-01-02-excerpt-heading-first.md", "title: Excerpt heading first\n", "# A Heading\n\nFirst paragraph.\n"
post "_posts/2017-01-02-excerpt-leading-blank-lines.md", "title: Excerpt leading blank lines\n", "\n\n\nFirst paragraph after blank lines.\n\nSecond.\n"
post "_posts/2017-01-02-excerpt-link-reference.md", "title: Excerpt link reference\n", "See [the site][1] and [other][2].\n\nMore.\n\n[1]: https://example.com/one\n[2]: https://example.com/two\n[3]: https://example.com/three\n"
post "_posts/2017-01-02-excerpt-single-paragraph.md", "title: Excerpt single paragraph\n", "Only one paragraph here."
post "_posts/2017-01-02-excerpt-liquid.md", "title: Excerpt Liquid\n", "Title is {{ page.title }} and {% if true %}yes{% endif %}.\n\nSecond.\n"
post "_posts/2017-01-02-post-url.md", "title: post_url\n", "Link to [hello]({% post_url 2017-01-02-hello-big-world %}) and [seed]({% post_url 2023-10-28-白宫发拜登王毅照 敲定11月旧金山拜习会 %}) and [sub]({% post_url sub/2017-01-02-in-posts-subdir %}) and [folder]({% post_url cat1/cat2/2017-01-02-folder-categories %}) and [folder-deprecated]({% post_url 2017-01-02-folder-categories %}) and [single-digit]({% post_url 2017-1-2-single-digit-month-day %}) and [slug-fm]({% post_url 2017-01-02-slug-in-front-matter %}).\n\nSecond.\n"
# ---- front matter syntax / encodings
w("_posts/2017-01-02-front-matter-dots-end.md", "---\ntitle: Front matter ends with dots\ntags: [dots]\n...\nBody after dots.\n\nSecond.\n")
w("_posts/2017-01-02-crlf-line-endings.md", "---\r\ntitle: CRLF line endings\r\ntags: [crlf, two]\r\ndate: 2017-01-02 03:04:05 +0000\r\n---\r\nFirst paragraph\r\nline two.\r\n\r\nSecond paragraph.\r\n")
w("_posts/2017-01-02-utf8-bom.md", "\xEF\xBB\xBF---\ntitle: UTF-8 BOM\n---\nBody with BOM.\n".b)
w("_posts/2017-01-02-no-front-matter.md", "Just a body, no front matter.\n\nSecond.\n")
w("_posts/2017-01-02-empty-front-matter.md", "---\n---\nEmpty front matter.\n")
w("_posts/2017-01-02-front-matter-trailing-spaces.md", "---   \ntitle: Trailing spaces on fences\n---  \nBody.\n")
w("_posts/2017-01-02-yaml-types.md", <<'Y')
---
title: YAML types
comments: True
comments_lower: true
yes_word: yes
no_word: no
on_word: on
off_word: Off
y_letter: y
version_float: 1.0
version_float2: 1.10
version_string: "1.0"
version_dotted: 1.2.3
int: 42
negative: -7
octal: 010
octal_o: 0o17
hex: 0x1F
underscored: 1_000
sexagesimal: 1:30
float_exp: 1e3
float_exp2: 1.0e+3
inf: .inf
neg_inf: -.Inf
nan: .NaN
null_tilde: ~
null_word: null
null_empty:
date_value: 2017-01-02
time_value: 2017-01-02 03:04:05 +0800
time_no_zone: 2017-01-02 03:04:05
quoted_true: "true"
single_quoted: 'it''s'
folded: >
  folded
  text
literal: |
  line1
  line2
nested_map:
  a: 1
  b: [x, 2]
empty_list: []
empty_map: {}
anchor: &anc hello
alias: *anc
author: 大纪元
url_value: https://example.com/a?b=c#d
colon_value: "a: b"
binary_tag: !!str 123
int_tag: !!int "7"
---
Body.
Y
w("_posts/2017-01-02-utf16-bom.md", ("\uFEFF---\ntitle: UTF-16 LE BOM\n---\nBody.\n").encode("UTF-16LE").b)
w("_posts/2017-01-02-invalid-utf8.md", "---\ntitle: Invalid UTF-8\n---\nBad byte: \xFF\xFE here.\n".b)
# ---- files Jekyll never reads as posts
post "_posts/no-date-in-name.md", "title: No date in file name\n"
post "_posts/2017-01-02-noext", "title: No extension\n"
post "_posts/_2017-01-02-leading-underscore.md", "title: Leading underscore\n"
post "_posts/.2017-01-02-hidden.md", "title: Hidden dot file\n"
post "_posts/2017-01-02-backup.md~", "title: Backup file\n"
# ---- drafts
post "_drafts/a-draft-without-date.md", "title: A draft without date\n"
post "_drafts/2017-01-02-draft-with-date-in-name.md", "title: Draft with date in name\n"
post "_drafts/draft-with-front-matter-date.md", "title: Draft with front matter date\ndate: 2019-03-04 05:06:07 +0000\n"
post "cat1/_drafts/draft-in-category-folder.md", "title: Draft in category folder\n"

# ---- error cases: each one is its own mini site (a fatal error stops the whole build)
E = ARGV[1] || "/tmp/jk/errors"
FileUtils.rm_rf(E)
def ecase(name, rel, content)
  p = File.join(E, name, rel); FileUtils.mkdir_p(File.dirname(p)); File.binwrite(p, content)
end
def epost(name, fm, rel = "_posts/2017-01-02-case.md", body = "Body.\n")
  ecase(name, rel, "---\n#{fm}---\n#{body}")
end
epost "date-month-13", "title: x\ndate: 2017-13-45\n"
epost "date-day-32", "title: x\ndate: 2017-02-32\n"
epost "date-hour-25", "title: x\ndate: 2017-01-02 25:00\n"
epost "date-not-a-date", "title: x\ndate: not a date\n"
epost "date-null", "title: x\ndate:\n"
epost "date-empty-string", "title: x\ndate: \"\"\n"
epost "date-year-only", "title: x\ndate: 2017\n"
epost "date-iso-week", "title: x\ndate: 2017-W01\n"
epost "date-sexagesimal", "title: x\ndate: 1:30\n"
epost "filename-invalid-date", "title: x\n", "_posts/2017-13-45-bad-filename-date.md"
epost "filename-invalid-date-with-front-matter-date", "title: x\ndate: 2017-01-02 03:04:05 +0000\n", "_posts/2017-13-45-bad-filename-date.md"
epost "invalid-yaml", "title: [unclosed\ntags: [a]\n"
epost "yaml-not-a-mapping", "- a\n- b\n"
epost "yaml-scalar-only", "just a string\n"
epost "slug-integer", "title: x\nslug: 2017\n"
epost "title-list", "tags: [a]\ntitle: [a, b]\n"
epost "permalink-unknown-placeholder", "title: x\npermalink: /:foo/:title/\n"
epost "post-url-missing", "title: x\n", "_posts/2017-01-02-case.md", "See {% post_url 2017-01-02-does-not-exist %}.\n"
epost "post-url-no-date", "title: x\n", "_posts/2017-01-02-case.md", "See {% post_url hello-world %}.\n"
