//! The language lives in the URL: the Chinese report at a directory, the
//! English one at `en/` beside it, so a shared link keeps its language and
//! both work under any sub-path. Plain string work, tested natively.

use report_data::Lang;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_between_the_pages_say_where_they_go() {
        assert_eq!(relative_link(Lang::Zh, Lang::En), "en/");
        assert_eq!(relative_link(Lang::En, Lang::Zh), "../?lang=zh");
    }
}
