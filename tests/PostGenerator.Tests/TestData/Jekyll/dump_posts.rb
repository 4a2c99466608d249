# frozen_string_literal: true
#
# Jekyll plugin: dumps what Jekyll computed for every post (and every skipped
# file) into the JSON file named by ENV["JEKYLL_DUMP"].
# Used by build.rb, which copies it into <site>/_plugins/ for each build.
require "json"
require "set"

module PostDump
  @created = []
  class << self
    attr_reader :created
  end

  FM = Jekyll::Document::YAML_FRONT_MATTER_REGEXP

  module_function

  # Make any Ruby value JSON-able while keeping its meaning visible.
  def jsonable(v)
    case v
    when Time then v.strftime("%Y-%m-%dT%H:%M:%S.%N%:z")
    when Date then v.iso8601
    when Float then v.finite? ? v : v.to_s
    when Array then v.map { |x| jsonable(x) }
    when Hash then v.each_with_object({}) { |(k, x), h| h[k.to_s] = jsonable(x) }
    when String, Integer, TrueClass, FalseClass, NilClass then v
    when Jekyll::Excerpt then "#<Jekyll::Excerpt>"
    else v.to_s
    end
  end

  # {class, value, inspect} for one value; lists and maps are typed recursively.
  def typed(v)
    h = { "class" => v.class.name, "value" => jsonable(v), "inspect" => (v.is_a?(Jekyll::Excerpt) ? "#<Jekyll::Excerpt>" : v.inspect) }
    h["items"] = v.map { |x| typed(x) } if v.is_a?(Array)
    h["entries"] = v.each_with_object({}) { |(k, x), acc| acc[k.to_s] = typed(x) } if v.is_a?(Hash)
    h
  end

  # Re-read the file the way Document#read_content does, but keep the raw
  # YAML values (before Jekyll turns date into Time, splits categories, ...).
  def raw_front_matter(site, path)
    content = File.read(path, **Jekyll::Utils.merged_file_read_opts(site, {}))
    return { "has_front_matter" => false } unless content.valid_encoding?
    m = FM.match(content)
    return { "has_front_matter" => false } unless m
    data = Jekyll::Utils.safe_load_yaml(m[1])
    {
      "has_front_matter" => true,
      "closing_fence" => m[3],
      "yaml_result_class" => data.class.name,
      "keys" => data.is_a?(Hash) ? data.each_with_object({}) { |(k, v), h| h[k.to_s] = typed(v) } : {},
      "body_start" => m.post_match[0, 60],
    }
  rescue StandardError => e
    { "has_front_matter" => true, "error" => "#{e.class}: #{e.message}" }
  end

  def liquid(site, src, vars)
    Liquid::Template.parse(src).render!(vars, :registers => { :site => site })
  end

  URL_KEYS = %w(collection path output_ext name title slug categories slugified_categories
                year month day hour minute second i_day i_month short_month long_month
                short_year w_year week w_day short_day long_day y_day).freeze

  # Some inputs make Jekyll itself fail later (e.g. an Integer slug, an unknown
  # permalink placeholder). Record the error and let Jekyll fail on its own.
  def post_entry(site, doc, index)
    post_entry!(site, doc, index)
  rescue StandardError => e
    { "index" => index, "relative_path" => doc.relative_path,
      "dump_error" => "#{e.class}: #{e.message}".lines.first.to_s.strip,
      "front_matter_raw" => raw_front_matter(site, doc.path) }
  end

  def post_entry!(site, doc, index)
    d = doc.date
    excerpt = doc.data["excerpt"]
    excerpt_html = excerpt.is_a?(Jekyll::Excerpt) ? excerpt.output : excerpt
    dest = doc.destination(site.dest).sub("#{site.dest}/", "")
    placeholders = {}
    URL_KEYS.each do |k|
      placeholders[k] = (doc.url_placeholders[k] rescue "ERROR: #{$!.class}: #{$!.message}")
    end
    content_text = liquid(site, "{{ c | strip_html }}", "c" => doc.content.to_s)
    {
      "index" => index,
      "relative_path" => doc.relative_path,
      "basename" => doc.basename,
      "url" => doc.url,
      "id" => doc.id,
      "slug" => typed(doc.data["slug"]),
      "title" => typed(doc.data["title"]),
      "date" => {
        "class" => d.class.name,
        "xmlschema" => d.xmlschema,
        "xmlschema_with_fraction" => d.xmlschema(6),
        "liquid_date_format" => liquid(site, '{{ d | date: "%Y-%m-%d %H:%M:%S %z" }}', "d" => d),
        "liquid_date_to_xmlschema" => liquid(site, "{{ d | date_to_xmlschema }}", "d" => d),
        "unix" => d.to_i,
        "utc" => d.getutc.strftime("%Y-%m-%dT%H:%M:%S.%NZ"),
      },
      "tags" => typed(doc.data["tags"]),
      "categories" => typed(doc.data["categories"]),
      "excerpt_class" => excerpt.class.name,
      "excerpt_html" => excerpt_html,
      "excerpt_text" => excerpt_html.nil? ? nil : liquid(site, "{{ e | strip_html }}", "e" => excerpt_html.to_s),
      "draft" => doc.draft?,
      "published" => doc.published?,
      "write" => doc.write?,
      "ext" => doc.data["ext"],
      "output_ext" => doc.output_ext,
      "destination" => dest,
      "url_placeholders" => placeholders,
      "number_of_words_of_stripped_content" => {
        "default" => liquid(site, "{{ c | number_of_words }}", "c" => content_text).to_i,
        "cjk" => liquid(site, '{{ c | number_of_words: "cjk" }}', "c" => content_text).to_i,
        "auto" => liquid(site, '{{ c | number_of_words: "auto" }}', "c" => content_text).to_i,
      },
      "data_after_jekyll" => doc.data.keys.sort.each_with_object({}) { |k, h| h[k] = typed(doc.data[k]) },
      "front_matter_raw" => raw_front_matter(site, doc.path),
      "content_html" => doc.content,
    }
  end
end

Jekyll::Hooks.register :posts, :post_init do |doc|
  PostDump.created << doc
end

Jekyll::Hooks.register :site, :post_render do |site, _payload|
  out = ENV["JEKYLL_DUMP"]
  next unless out

  src = site.source
  posts = site.posts.docs.reverse # the order of site.posts in Liquid: newest first
  kept = posts.map(&:path).to_set
  skipped = []
  PostDump.created.uniq(&:path).each do |doc|
    next if kept.include?(doc.path)
    reason =
      if doc.content.nil? then "content nil (read error)"
      elsif !doc.content.valid_encoding? then "not valid UTF-8 (PostReader#processable? false, logged only at debug level)"
      elsif !doc.data.fetch("published", true) then "published: false"
      elsif site.publisher.hidden_in_the_future?(doc) then "future date (site.future is false)"
      else "not publishable (other)"
      end
    skipped << { "relative_path" => doc.relative_path, "stage" => "Document created, then rejected", "reason" => reason,
                 "front_matter_raw" => PostDump.raw_front_matter(site, doc.path) }
  end
  created = PostDump.created.map(&:path).to_set
  all_files = Dir.glob("**/{_posts,_drafts}/**/*", File::FNM_DOTMATCH, base: src).sort
  all_files.each do |rel|
    full = File.join(src, rel)
    next if File.directory?(full) || created.include?(full)
    next if rel.start_with?("_site/")
    name = File.basename(rel)
    reason =
      if name.start_with?(".", "_", "#", "~") then "EntryFilter: special leading character (. _ # ~)"
      elsif name.end_with?("~") then "EntryFilter: backup file (ends with ~)"
      elsif rel.include?("_drafts/") && !site.show_drafts then "drafts not enabled"
      elsif rel.include?("_posts/") && !Jekyll::Document::DATE_FILENAME_MATCHER.match?(name) then "file name does not match DATE_FILENAME_MATCHER (YYYY-MM-DD-title.ext)"
      else "never read (other)"
      end
    skipped << { "relative_path" => rel, "stage" => "never read as a post", "reason" => reason }
  end

  result = {
    "site" => {
      "permalink" => site.config["permalink"],
      "timezone" => site.config["timezone"],
      "TZ" => ENV["TZ"],
      "show_drafts" => site.show_drafts,
      "future" => site.future,
      "unpublished" => site.unpublished,
      "excerpt_separator" => site.config["excerpt_separator"],
      "posts_url_template" => site.posts.url_template,
    },
    "posts" => posts.each_with_index.map { |doc, i| PostDump.post_entry(site, doc, i) },
    "skipped" => skipped.sort_by { |s| s["relative_path"] },
  }
  File.write(out, JSON.pretty_generate(result) + "\n")
end
