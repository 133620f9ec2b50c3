//! The web app manifest, written by the prerender step from the page's own
//! title and description, so what a phone shows when the report is added
//! to its home screen says no more than the page does.

use report_data::Lang;
use serde_json::json;

use crate::i18n::{page_strings, strings};
use crate::pages::page_description;

/// The manifest's file name, beside each page (index.html links it).
pub const FILE: &str = "manifest.webmanifest";

/// Where the manifest of the page in `lang` lives, relative to dist/.
pub fn file(lang: Lang) -> String {
    match lang {
        Lang::Zh => FILE.to_string(),
        Lang::En => format!("en/{FILE}"),
    }
}

/// The manifest of the page in `lang`: its name, description and start
/// page are that page's.
pub fn manifest(lang: Lang) -> String {
    let p = page_strings(lang);
    // The icons sit at the root, beside the Chinese page.
    let icons: Vec<_> = [192, 512]
        .map(|px| {
            json!({
                "src": format!("{}icon-{px}.png", crate::downloads::href(lang, "")),
                "sizes": format!("{px}x{px}"),
                "type": "image/png",
                "purpose": "any",
            })
        })
        .into();
    let value = json!({
        "name": strings(lang).page_title,
        "short_name": p.short_name,
        "description": page_description(lang),
        "lang": p.html_lang,
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": icons
    });
    format!("{value:#}\n")
}

/// The city's lilac, as index.html's `theme-color` gives it.
pub const THEME_COLOR: &str = "#8E4B8A";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_the_page_says() {
        let text = manifest(Lang::Zh);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["name"], "西宁2024 · 互动报告");
        // Hand-written: the page's description names the session and the
        // texts, and makes no claim of its own.
        assert_eq!(
            value["description"],
            "一个新闻版面，含市十七届人大七次会议期间的采访、【报告摘登】和12345热线日报：\
             文旅、家庭医生、绿色发展与12345热线；报道中的每个数字都附有原文出处，推算的数字附有算法。"
        );
        assert_eq!(value["start_url"], "./");
        let shell = include_str!("../index.html");
        assert!(shell.contains(&format!(
            r#"<meta name="theme-color" content="{THEME_COLOR}">"#
        )));
        assert!(shell.contains(&format!(r#"href="./{FILE}""#)));
        let en: serde_json::Value = serde_json::from_str(&manifest(Lang::En)).unwrap();
        assert_eq!(en["name"], "Xining 2024 · an interactive report");
        assert_eq!(en["lang"], "en");
        assert_eq!(file(Lang::En), "en/manifest.webmanifest");
        assert_eq!(en["icons"][0]["src"], "../icon-192.png");
        assert_eq!(value["icons"][1]["src"], "icon-512.png");
    }
}
