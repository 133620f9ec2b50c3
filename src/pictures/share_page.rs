//! A tiny page per chart and language that a chat app or social site can
//! preview: its `<head>` names the chart (title, label and, when `SITE_URL`
//! is known, the absolute picture and address such previews need) and it
//! sends a reader on to the chart in the report. No script, no stylesheet:
//! a refresh and a link, both relative, so it works under any sub-path.

use report_data::{Chart, Lang};

use super::{Picture, escape, picture_file};
use crate::i18n::{page_strings, picture_strings, strings};
use crate::page_url::chart_anchor;

/// Where the share page of `chart_id` lives, relative to the dist root:
/// `c/<id>/` for Chinese, `en/c/<id>/` beside the English report.
pub fn share_page_dir(chart_id: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("c/{chart_id}/"),
        Lang::En => format!("en/c/{chart_id}/"),
    }
}

/// The share page's HTML. `png_size` is the PNG's size in pixels, for the
/// previews that lay out before they load the picture. `source` is the
/// picture's source line: a preview in a chat is all a reader may see, so
/// its description says where the figures come from and, for the hotline,
/// the day and that the bulletin gives no year.
pub fn share_page(
    chart: &Chart,
    lang: Lang,
    site_url: Option<&str>,
    png_size: (u32, u32),
    source: &str,
) -> String {
    let t = strings(lang);
    let p = page_strings(lang);
    let title = escape(chart.takeaway.get(lang));
    let gap = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    // A label may end its own sentence already.
    let label = chart.label.get(lang);
    let end = picture_strings(lang).end;
    let end = if label.ends_with(end) { "" } else { end };
    let label = escape(&format!("{label}{end}{gap}{source}"));
    // Both pages sit two folders below their report. The Chinese report's
    // plain address follows a reader's remembered language (boot.js), so
    // the link says which one it means.
    let report = match lang {
        Lang::Zh => "../../?lang=zh",
        Lang::En => "../../",
    };
    let to = format!("{report}#{}", chart_anchor(&chart.id));
    let mut head = format!(
        r#"<meta property="og:type" content="article"><meta property="og:title" content="{title}"><meta property="og:description" content="{label}"><meta property="og:locale" content="{}"><meta property="og:site_name" content="{}">"#,
        p.og_locale, t.page_title
    );
    match site_url {
        Some(site) => {
            let image = format!("{site}{}", picture_file(&chart.id, lang, Picture::Png));
            let (w, h) = png_size;
            head.push_str(&format!(
                r#"<meta property="og:url" content="{site}{dir}"><meta property="og:image" content="{image}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="{w}"><meta property="og:image:height" content="{h}"><meta property="og:image:alt" content="{title}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="{image}">"#,
                dir = share_page_dir(&chart.id, lang),
            ));
        }
        None => head.push_str(r#"<meta name="twitter:card" content="summary">"#),
    }
    format!(
        r#"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {page}</title>
<meta name="description" content="{label}">
{head}
<meta http-equiv="refresh" content="0; url={to}">
</head>
<body>
<p><a href="{to}">{see}</a>: {title}</p>
</body>
</html>
"#,
        lang = p.html_lang,
        page = t.page_title,
        see = picture_strings(lang).see_chart,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::report;

    fn chart() -> &'static Chart {
        &report().source.charts[0]
    }

    #[test]
    fn without_a_site_url_no_absolute_link() {
        for lang in [Lang::Zh, Lang::En] {
            let html = share_page(chart(), lang, None, (1280, 900), "来源：x");
            assert!(!html.contains("og:image") && !html.contains("og:url"));
            assert!(!html.contains("://"), "{html}");
            assert!(html.contains(&format!(
                r#"<meta property="og:title" content="{}">"#,
                chart().takeaway.get(lang)
            )));
            assert!(!html.contains("<script"));
        }
    }

    #[test]
    fn the_page_leads_to_its_chart_in_its_language() {
        let zh = share_page(chart(), Lang::Zh, None, (1280, 900), "来源：x");
        assert!(zh.contains(r#"content="0; url=../../?lang=zh#chart-health-rates">"#));
        assert!(zh.contains(r#"<a href="../../?lang=zh#chart-health-rates">"#));
        let en = share_page(chart(), Lang::En, None, (1280, 900), "Source: x");
        assert!(en.contains(r#"<a href="../../#chart-health-rates">"#));
        assert_eq!(share_page_dir("x", Lang::En), "en/c/x/");
    }

    #[test]
    fn a_site_url_gives_the_absolute_picture_and_address() {
        let site = "https://example.org/r/";
        let html = share_page(chart(), Lang::En, Some(site), (1280, 900), "Source: x");
        assert!(html.contains(
            r#"<meta property="og:image" content="https://example.org/r/charts/health-rates.en.png">"#
        ));
        assert!(html.contains(
            r#"<meta property="og:url" content="https://example.org/r/en/c/health-rates/">"#
        ));
        assert!(html.contains(r#"<meta property="og:image:width" content="1280">"#));
        assert!(html.contains(r#"<meta property="og:image:height" content="900">"#));
    }
}
