#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Rebuilds the Jekyll ground-truth JSON files in this folder.
#
#   ruby build.rb            # needs `jekyll` (Debian package `jekyll`, 4.3.1) on PATH
#
# For every overlay in configs/*.yml except errors.yml it copies site/ to a temp dir,
# adds dump_posts.rb as a plugin, runs
#   TZ=UTC jekyll build --drafts --config _config.yml,<overlay>
# and writes jekyll-<overlay name>.json (what dump_posts.rb saw + the build log).
# Every folder in errors/ is built on its own (a fatal error stops a Jekyll build)
# with configs/errors.yml; the results go to jekyll-errors.json.
require "json"
require "open3"
require "tmpdir"
require "fileutils"

HERE = File.expand_path(__dir__)
DRAFT_MTIME = Time.utc(2020, 5, 6, 7, 8, 9) # dateless drafts get their date from the file's mtime

def sanitize_log(text, dir)
  lines = text.gsub(/\e\[[0-9;]*m/, "").gsub(dir, "<site>").lines.map(&:rstrip)
  lines.reject! { |l| l =~ /done in [\d.]+ seconds\.|Auto-regeneration: disabled/ }
  out = []
  frames = 0
  lines.each do |l|
    if l =~ /^\s*from / || l =~ %r{^\s*/usr/\S*:\d+:in `[^']*'$} then frames += 1
    else
      out << "... #{frames} backtrace lines omitted" if frames.positive?
      frames = 0
      out << l
    end
  end
  out << "... #{frames} backtrace lines omitted" if frames.positive?
  out
end

def jekyll_build(dir, overlay, dump)
  FileUtils.mkdir_p(File.join(dir, "_plugins"))
  FileUtils.cp(File.join(HERE, "dump_posts.rb"), File.join(dir, "_plugins", "dump_posts.rb"))
  FileUtils.cp(overlay, File.join(dir, "_overlay.yml"))
  Dir.glob("**/_drafts/**/*", base: dir).each { |f| File.utime(DRAFT_MTIME, DRAFT_MTIME, File.join(dir, f)) }
  cmd = %w(jekyll build --drafts --config _config.yml,_overlay.yml)
  out, status = Open3.capture2e({ "TZ" => "UTC", "JEKYLL_DUMP" => dump }, *cmd, :chdir => dir)
  { "command" => "TZ=UTC jekyll build --drafts --config _config.yml,configs/#{File.basename(overlay)}",
    "exit_status" => status.exitstatus, "log" => sanitize_log(out, dir) }
end

def versions
  script = 'require "jekyll"; require "json"; print JSON.generate({"jekyll"=>Jekyll::VERSION, "ruby"=>RUBY_VERSION, ' \
           '"psych"=>Psych::VERSION, "libyaml"=>Psych::LIBYAML_VERSION, "kramdown"=>Kramdown::VERSION, ' \
           '"liquid"=>Liquid::VERSION, "addressable"=>Addressable::VERSION::STRING})'
  JSON.parse(Open3.capture2("ruby", "-e", script).first)
end

VERSIONS = versions

Dir.glob(File.join(HERE, "configs", "*.yml")).sort.each do |overlay|
  name = File.basename(overlay, ".yml")
  next if name == "errors"

  Dir.mktmpdir("jk-#{name}-") do |tmp|
    dir = File.join(tmp, "site")
    FileUtils.cp_r(File.join(HERE, "site"), dir)
    dump = File.join(tmp, "dump.json")
    build = jekyll_build(dir, overlay, dump)
    data = File.exist?(dump) ? JSON.parse(File.read(dump)) : {}
    result = { "versions" => VERSIONS, "config_overlay" => File.read(overlay), "build" => build }.merge(data)
    File.write(File.join(HERE, "jekyll-#{name}.json"), JSON.pretty_generate(result) + "\n")
    puts "jekyll-#{name}.json: exit #{build["exit_status"]}, #{(data["posts"] || []).size} posts"
  end
end

errors = {}
Dir.children(File.join(HERE, "errors")).sort.each do |c|
  Dir.mktmpdir("jk-err-") do |tmp|
    dir = File.join(tmp, "site")
    FileUtils.mkdir_p(dir)
    FileUtils.cp(File.join(HERE, "site", "_config.yml"), dir)
    FileUtils.cp_r(File.join(HERE, "site", "_layouts"), dir)
    FileUtils.cp_r(File.join(HERE, "errors", c, "."), dir)
    dump = File.join(tmp, "dump.json")
    build = jekyll_build(dir, File.join(HERE, "configs", "errors.yml"), dump)
    entry = { "inputs" => Dir.glob("**/*", base: File.join(HERE, "errors", c)).select { |f| File.file?(File.join(HERE, "errors", c, f)) }
                             .to_h { |f| [f, File.read(File.join(HERE, "errors", c, f))] },
              "build" => build }
    if File.exist?(dump)
      d = JSON.parse(File.read(dump))
      entry["posts"] = d["posts"].map { |p| p.slice("relative_path", "dump_error", "url", "id", "slug", "title", "date", "tags", "categories", "front_matter_raw", "data_after_jekyll") }
      entry["skipped"] = d["skipped"]
    end
    errors[c] = entry
    puts "errors/#{c}: exit #{build["exit_status"]}"
  end
end
# Jekyll's string helpers on their own, for unit tests of the C# counterparts.
def helper_row(str)
  esc = begin
    Jekyll::URL.escape_path(str)
  rescue StandardError => e
    "ERROR #{e.class}: #{e.message}"
  end
  { "input" => str,
    "escape_path" => esc,
    "slugify_default" => Jekyll::Utils.slugify(str),                                  # :slug, :name
    "slugify_pretty_cased" => Jekyll::Utils.slugify(str, :mode => "pretty", :cased => true), # :title
    "titleize_slug" => Jekyll::Utils.titleize_slug(str) }                             # title when none given
end
require "jekyll"
Jekyll.logger.log_level = :error
samples = (0x20..0x7e).map { |c| "a#{c.chr}b" } +
          ["白宫发拜登王毅照 敲定11月旧金山拜习会", "hello-big-world", "hELLO-wORLD", "Hello World With Spaces",
           "v1.2.3-release", "trailing-dots..", "c++ & c#", "100%-sure", "中文标题", "snake_case_name", "double--hyphen-",
           "-leading", "My Custom Slug!", "中文 Slug", "a%20b", "%E4", "é", "Ünïcödé", "a\u00A0b", "😀", "a/b c", "?x", "#x",
           "a?b c", "a?b#c d", "a:b", "tab\tx", "line\nbreak", "  spaced  ", "---", "", "Ａｂｃ全角", "ﬁ ligature", "x²³", "١٢٣ arabic digits", "e\u0301 combining"]
File.write(File.join(HERE, "jekyll-string-helpers.json"),
           JSON.pretty_generate({ "versions" => VERSIONS,
                                  "note" => "Jekyll::URL.escape_path, Jekyll::Utils.slugify and Jekyll::Utils.titleize_slug called directly (no build).",
                                  "rows" => samples.map { |x| helper_row(x) } }) + "\n")

File.write(File.join(HERE, "jekyll-errors.json"),
           JSON.pretty_generate({ "versions" => VERSIONS, "config_overlay" => File.read(File.join(HERE, "configs", "errors.yml")), "cases" => errors }) + "\n")
