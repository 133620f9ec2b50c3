//! The language lives in the URL: the Chinese report at a directory, the
//! English one at `en/` beside it, so a shared link keeps its language and
//! both work under any sub-path. Plain string work, tested natively.

use report_data::Lang;

const LANG_KEY: &str = "lang";

/// The relative link from the page in `from` to the page in `to`: works
/// without script and under any sub-path. The Chinese page's plain address
/// follows a reader's remembered choice (static/boot.js), so a link to it
/// says `lang=zh`: an explicit link lands on its language, in this tab or a
/// new one, before or without the wasm.
pub fn relative_link(from: Lang, to: Lang) -> &'static str {
    match (from, to) {
        (Lang::Zh, Lang::En) => "en/",
        (Lang::En, Lang::Zh) => "../?lang=zh",
        (Lang::Zh, Lang::Zh) => "./?lang=zh",
        (Lang::En, Lang::En) => "./",
    }
}

/// A chart figure's id in the page, so `#chart-<id>` is its permalink (the
/// pictures and share pages link to it).
pub fn chart_anchor(chart_id: &str) -> String {
    format!("chart-{chart_id}")
}

/// The `?lang=` parameter (accepted on any page and normalised to the
/// page path), and the query string without it.
pub fn take_lang(query: &str) -> (Option<Lang>, String) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut lang = None;
    let mut rest = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key == LANG_KEY {
            lang = match value.to_ascii_lowercase().as_str() {
                "en" => Some(Lang::En),
                "zh" | "zh-hans" | "zh-cn" => Some(Lang::Zh),
                _ => lang,
            };
        } else {
            rest.append_pair(&key, &value);
        }
    }
    (lang, rest.finish())
}

/// A full URL from its parts; an empty query leaves no `?`.
pub fn join(path: &str, query: &str, hash: &str) -> String {
    match query.strip_prefix('?').unwrap_or(query) {
        "" => format!("{path}{hash}"),
        q => format!("{path}?{q}{hash}"),
    }
}

/// The address to share for the page at `href`. On the Chinese page it
/// says `lang=zh`, so the link opens in Chinese even for a reader who chose
/// English before; the English page's path says so already.
pub fn share_link(href: &str, lang: Lang) -> String {
    let (rest, hash) = href.split_at(href.find('#').unwrap_or(href.len()));
    let (path, query) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
    let (_, query) = take_lang(query);
    let query = match lang {
        Lang::En => query,
        Lang::Zh => form_urlencoded::Serializer::new(query)
            .append_pair(LANG_KEY, "zh")
            .finish(),
    };
    join(path, &query, hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_between_the_pages_say_where_they_go() {
        assert_eq!(relative_link(Lang::Zh, Lang::En), "en/");
        assert_eq!(relative_link(Lang::En, Lang::Zh), "../?lang=zh");
    }

    #[test]
    fn takes_the_lang_parameter_and_keeps_the_rest() {
        assert_eq!(
            take_lang("?season=winter&lang=en&q=%E4%B8%81"),
            (Some(Lang::En), "season=winter&q=%E4%B8%81".into())
        );
        assert_eq!(take_lang("lang=ZH"), (Some(Lang::Zh), String::new()));
        assert_eq!(take_lang("lang=klingon&a=1"), (None, "a=1".into()));
        assert_eq!(take_lang(""), (None, String::new()));
    }

    #[test]
    fn joins_without_an_empty_query() {
        assert_eq!(join("/a/en/", "", "#health"), "/a/en/#health");
        assert_eq!(join("/a/en/", "?q=1", ""), "/a/en/?q=1");
    }

    #[test]
    fn a_shared_chinese_link_says_its_language() {
        assert_eq!(
            share_link("https://x.cn/r/#health", Lang::Zh),
            "https://x.cn/r/?lang=zh#health"
        );
        assert_eq!(
            share_link("https://x.cn/r/?season=winter&lang=en", Lang::Zh),
            "https://x.cn/r/?season=winter&lang=zh"
        );
        assert_eq!(
            share_link("https://x.cn/r/en/?lang=en&q=a#green", Lang::En),
            "https://x.cn/r/en/?q=a#green"
        );
        assert_eq!(
            share_link("https://x.cn/r/en/", Lang::En),
            "https://x.cn/r/en/"
        );
    }
}
