//! Turns Trunk's `index.html` into the page for one language: the rendered
//! report inside `#app`, the language's `lang`, title and description, links
//! to the other language, and asset URLs that work from `en/` too. Plain
//! string work, tested natively; `src/bin/prerender.rs` runs it.

use report_data::Lang;

use crate::i18n::strings;
use crate::page_url::relative_link;

pub struct PageParts<'a> {
    pub lang: Lang,
    /// The report rendered by Yew's server renderer.
    pub body: &'a str,
}

const MOUNT: &str = r#"<div id="app"></div>"#;

/// The page for `parts.lang`, or which marker of the shell was missing.
pub fn page(shell: &str, parts: &PageParts) -> Result<String, &'static str> {
    let lang = parts.lang;
    let t = strings(lang);
    let mut html = shell.to_string();
    replace_once(
        &mut html,
        r#"<html lang="zh-Hans">"#,
        &format!(r#"<html lang="{}">"#, t.html_lang),
    )
    .ok_or(r#"no <html lang="zh-Hans">"#)?;
    let title_start = html.find("<title>").ok_or("no <title>")?;
    let title_end = html[title_start..].find("</title>").ok_or("no </title>")? + title_start;
    html.replace_range(
        title_start..title_end + "</title>".len(),
        &format!("<title>{}</title>", t.page_title),
    );
    if lang == Lang::En {
        // en/ sits one level down: every asset URL Trunk wrote as "./x"
        // becomes "../x" (attributes, and the loader's import and fetch).
        // Done on the shell alone, before the report goes in.
        html = html.replace("=\"./", "=\"../").replace("'./", "'../");
    }
    let description = format!(
        r#"<meta name="description" content="{}">"#,
        t.page_description
    );
    let start = html
        .find(r#"<meta name="description""#)
        .ok_or("no description meta")?;
    let end = html[start..].find('>').ok_or("unclosed description meta")? + start + 1;
    html.replace_range(start..end, &description);
    let alternates: String = [Lang::Zh, Lang::En]
        .into_iter()
        .map(|to| {
            format!(
                r#"<link rel="alternate" hreflang="{}" href="{}">"#,
                strings(to).html_lang,
                relative_link(lang, to)
            )
        })
        .collect();
    replace_once(&mut html, "</head>", &format!("{alternates}</head>")).ok_or("no </head>")?;
    replace_once(
        &mut html,
        MOUNT,
        &format!(r#"<div id="app">{}</div>"#, parts.body),
    )
    .ok_or(r#"no <div id="app"></div>"#)?;
    Ok(html)
}

fn replace_once(text: &mut String, marker: &str, with: &str) -> Option<()> {
    let at = text.find(marker)?;
    text.replace_range(at..at + marker.len(), with);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<!doctype html>
<html lang="zh-Hans">
<head><meta name="description" content="中文"><title>西宁</title>
<link rel="stylesheet" href="./style-1.css"><script type="module">
import init from './app-1.js'; await init({ module_or_path: './app-1_bg.wasm' });</script></head>
<body><div id="app"></div></body></html>"#;

    #[test]
    fn english_page_points_one_level_up_and_speaks_english() {
        let body = r#"<main><a href="./">report</a></main>"#;
        let html = page(
            SHELL,
            &PageParts {
                lang: Lang::En,
                body,
            },
        )
        .unwrap();
        assert!(html.contains(r#"<html lang="en">"#));
        assert!(html.contains(r#"href="../style-1.css""#));
        assert!(html.contains("from '../app-1.js'"));
        assert!(html.contains("'../app-1_bg.wasm'"));
        assert!(
            html.contains(&format!(r#"<div id="app">{body}</div>"#)),
            "the report is left as rendered"
        );
        assert!(html.contains(r#"hreflang="zh-Hans" href="../""#));
        assert!(html.contains(r#"hreflang="en" href="./""#));
        assert!(html.contains(strings(Lang::En).page_title));
        assert!(html.contains(strings(Lang::En).page_description));
    }

    #[test]
    fn chinese_page_keeps_its_urls() {
        let html = page(
            SHELL,
            &PageParts {
                lang: Lang::Zh,
                body: "x",
            },
        )
        .unwrap();
        assert!(html.contains(r#"href="./style-1.css""#));
        assert!(html.contains(r#"hreflang="en" href="en/""#));
        assert!(html.contains(r#"<div id="app">x</div>"#));
    }

    #[test]
    fn a_shell_without_its_markers_is_an_error() {
        assert_eq!(
            page(
                "<html>",
                &PageParts {
                    lang: Lang::Zh,
                    body: ""
                }
            ),
            Err(r#"no <html lang="zh-Hans">"#)
        );
    }
}
