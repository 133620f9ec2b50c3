//! Turns Trunk's `index.html` into the page for one language: the rendered
//! report inside `#app`, the language's `lang`, title and description, links
//! to the other language, and asset URLs that work from `en/` too. Plain
//! string work, tested natively; `src/bin/prerender.rs` runs it.

use report_data::Lang;

use crate::embedded::report;
use crate::i18n::{page_strings, strings};
use crate::page_url::relative_link;

pub struct PageParts<'a> {
    pub lang: Lang,
    /// The report rendered by Yew's server renderer.
    pub body: &'a str,
    /// Release pages get a Content-Security-Policy and the service worker.
    pub release: bool,
    /// The CSP source for an inline script's text, e.g. `'sha256-…'`.
    pub script_hash: &'a dyn Fn(&str) -> String,
    /// Where the site will live (`SITE_URL` at build time), ending in `/`.
    /// Only then are absolute URLs known: `og:url`, `og:image` and the
    /// `hreflang` alternates. Without it, the language switch in the page
    /// (`<a hreflang>`) links the other language.
    pub site_url: Option<&'a str>,
    /// The later module's script, relative to the site's root (see
    /// `static/boot.js`, which loads it).
    pub later: &'a str,
}

/// The service worker's file name, at the root of dist/.
pub const SERVICE_WORKER: &str = "sw.js";

const MOUNT: &str = r#"<div id="app"></div>"#;

/// The page for `parts.lang`, or which marker of the shell was missing.
pub fn page(shell: &str, parts: &PageParts) -> Result<String, &'static str> {
    let lang = parts.lang;
    let t = strings(lang);
    let p = page_strings(lang);
    let mut html = shell.to_string();
    replace_once(
        &mut html,
        r#"<html lang="zh-Hans">"#,
        &format!(r#"<html lang="{}">"#, p.html_lang),
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
        // Except its manifest, which is its own, beside it.
        let manifest = format!(r#"href="../{}""#, crate::manifest::FILE);
        replace_once(
            &mut html,
            &manifest,
            &format!(r#"href="{}""#, crate::manifest::FILE),
        )
        .ok_or("no manifest link")?;
    }
    let description = format!(
        r#"<meta name="description" content="{}">"#,
        page_description(lang)
    );
    let start = html
        .find(r#"<meta name="description""#)
        .ok_or("no description meta")?;
    let end = html[start..].find('>').ok_or("unclosed description meta")? + start + 1;
    html.replace_range(start..end, &description);
    let head = head_tags(lang, parts.site_url);
    replace_once(&mut html, "</head>", &format!("{head}</head>")).ok_or("no </head>")?;
    for (zh, text) in [
        (page_strings(Lang::Zh).noscript_notice, p.noscript_notice),
        (page_strings(Lang::Zh).no_app_notice, p.no_app_notice),
    ] {
        replace_once(&mut html, zh, text).ok_or("a notice differs from i18n.rs")?;
    }
    let boot = match lang {
        Lang::Zh => r#"<script src="./boot.js"></script>"#,
        Lang::En => r#"<script src="../boot.js"></script>"#,
    };
    // boot.js reads which page this is from <html lang> and where the other
    // language lives from here: resolved against the page's own address,
    // never by editing its path.
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let mut attrs = format!(
        r#" data-other-lang="{}" data-later="{}""#,
        relative_link(lang, other),
        parts.later
    );
    if parts.release {
        attrs.push_str(&format!(r#" data-sw="{SERVICE_WORKER}""#));
    }
    let with_attrs = boot.replace("></script>", &format!("{attrs}></script>"));
    replace_once(&mut html, boot, &with_attrs).ok_or("no boot.js script")?;
    if parts.release {
        let policy = content_security_policy(&html, parts.script_hash)?;
        replace_once(
            &mut html,
            r#"<meta charset="utf-8">"#,
            &format!(r#"<meta charset="utf-8">{policy}"#),
        )
        .ok_or("no <meta charset>")?;
    }
    replace_once(
        &mut html,
        MOUNT,
        &format!(r#"<div id="app">{}</div>"#, parts.body),
    )
    .ok_or(r#"no <div id="app"></div>"#)?;
    Ok(html)
}

/// What the page is, for search results, link previews and the manifest:
/// one sentence naming the session as the data names it.
pub fn page_description(lang: Lang) -> String {
    (page_strings(lang).page_description)(report().source.meta.session.get(lang))
}

/// Social cards, and with a site URL the absolute links that need one.
fn head_tags(lang: Lang, site_url: Option<&str>) -> String {
    let t = strings(lang);
    let p = page_strings(lang);
    let mut tags = format!(
        r#"<meta property="og:type" content="article"><meta property="og:title" content="{}"><meta property="og:description" content="{}"><meta property="og:locale" content="{}">"#,
        t.page_title,
        page_description(lang),
        p.og_locale
    );
    let Some(site) = site_url else {
        tags.push_str(r#"<meta name="twitter:card" content="summary">"#);
        return tags;
    };
    let page_url = |l: Lang| match l {
        Lang::Zh => site.to_string(),
        Lang::En => format!("{site}en/"),
    };
    tags.push_str(&format!(
        r#"<meta property="og:url" content="{}"><meta property="og:image" content="{site}preview.png"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="{site}preview.png"><link rel="canonical" href="{}">"#,
        page_url(lang),
        page_url(lang)
    ));
    for to in [Lang::Zh, Lang::En] {
        tags.push_str(&format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            page_strings(to).html_lang,
            page_url(to)
        ));
    }
    tags
}

/// No inline script runs but Trunk's loader, allowed by its hash; wasm may
/// compile; nothing loads from another origin. Inline *style attributes*
/// stay allowed: chart overlays place marks with computed positions
/// (ARCHITECTURE.md, "Security").
fn content_security_policy(
    html: &str,
    script_hash: &dyn Fn(&str) -> String,
) -> Result<String, &'static str> {
    let open = r#"<script type="module">"#;
    let start = html.find(open).ok_or("no inline loader script")? + open.len();
    let end = html[start..]
        .find("</script>")
        .ok_or("unclosed loader script")?
        + start;
    let loader = script_hash(&html[start..end]);
    Ok(format!(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {loader}; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; base-uri 'self'; form-action 'none'; object-src 'none'">"#
    ))
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
<head><meta charset="utf-8"><meta name="description" content="中文"><title>西宁</title>
<link rel="stylesheet" href="./style-1.css"><link rel="manifest" href="./manifest.webmanifest"><script type="module">
import init from './app-1.js'; await init({ module_or_path: './app-1_bg.wasm' });</script>
<script src="./boot.js"></script></head>
<body><noscript><p class="notice">本页的互动功能需要 JavaScript；报道全文照常可读。</p></noscript>
<p class="notice" id="no-app" hidden>本页的互动功能在此浏览器中无法运行；报道全文照常可读。</p>
<div id="app"></div></body></html>"#;

    fn parts(lang: Lang, body: &str, release: bool) -> PageParts<'_> {
        PageParts {
            lang,
            body,
            release,
            script_hash: &|text: &str| format!("'len-{}'", text.len()),
            site_url: None,
            later: "later-1.js",
        }
    }

    #[test]
    fn english_page_points_one_level_up_and_speaks_english() {
        let body = r#"<main><a href="./">report</a></main>"#;
        let html = page(SHELL, &parts(Lang::En, body, false)).unwrap();
        assert!(html.contains(r#"<html lang="en">"#));
        assert!(html.contains(r#"href="../style-1.css""#));
        assert!(html.contains(r#"<link rel="manifest" href="manifest.webmanifest">"#));
        assert!(html.contains("from '../app-1.js'"));
        assert!(html.contains("'../app-1_bg.wasm'"));
        assert!(
            html.contains(&format!(r#"<div id="app">{body}</div>"#)),
            "the report is left as rendered"
        );
        assert!(html.contains(r#"<meta property="og:title" content="Xining 2024"#));
        assert!(
            !html.contains("og:url") && !html.contains("hreflang"),
            "no absolute URL is known"
        );
        assert!(html.contains(strings(Lang::En).page_title));
        assert!(html.contains(&page_description(Lang::En)));
    }

    #[test]
    fn chinese_page_keeps_its_urls() {
        let html = page(SHELL, &parts(Lang::Zh, "x", false)).unwrap();
        assert!(html.contains(r#"href="./style-1.css""#));
        assert!(html.contains(r#"<meta property="og:locale" content="zh_CN">"#));
        assert!(html.contains(r#"<div id="app">x</div>"#));
        assert!(
            !html.contains("Content-Security-Policy"),
            "dev pages keep Trunk's live reload"
        );
        assert!(!html.contains("data-sw"));
        assert!(html.contains(r#"data-later="later-1.js""#));
    }

    #[test]
    fn a_site_url_gives_absolute_links() {
        let site = "https://example.org/r/";
        let html = page(
            SHELL,
            &PageParts {
                site_url: Some(site),
                ..parts(Lang::En, "x", false)
            },
        )
        .unwrap();
        assert!(html.contains(r#"<meta property="og:url" content="https://example.org/r/en/">"#));
        assert!(
            html.contains(
                r#"<meta property="og:image" content="https://example.org/r/preview.png">"#
            )
        );
        assert!(html.contains(
            r#"<link rel="alternate" hreflang="zh-Hans" href="https://example.org/r/">"#
        ));
        assert!(
            html.contains(
                r#"<link rel="alternate" hreflang="en" href="https://example.org/r/en/">"#
            )
        );
    }

    #[test]
    fn release_pages_carry_the_policy_and_the_worker() {
        for lang in [Lang::Zh, Lang::En] {
            let html = page(SHELL, &parts(lang, "x", true)).unwrap();
            let loader = if lang == Lang::Zh { "./" } else { "../" };
            let hashed = format!(
                "\nimport init from '{loader}app-1.js'; await init({{ module_or_path: '{loader}app-1_bg.wasm' }});"
            );
            assert!(html.contains(&format!(
                "script-src 'self' 'wasm-unsafe-eval' 'len-{}';",
                hashed.len()
            )));
            let script_src = html
                .split("script-src")
                .nth(1)
                .unwrap()
                .split(';')
                .next()
                .unwrap();
            assert!(!script_src.contains("unsafe-inline"), "{script_src}");
            assert!(html.contains(r#"data-sw="sw.js""#));
            assert!(html.contains(page_strings(lang).no_app_notice));
            assert!(html.contains(page_strings(lang).noscript_notice));
        }
    }

    #[test]
    fn a_shell_without_its_markers_is_an_error() {
        assert_eq!(
            page("<html>", &parts(Lang::Zh, "", false)),
            Err(r#"no <html lang="zh-Hans">"#)
        );
    }
}
