//! The chart pictures: valid PNGs at least 1,200 px wide, whose Chinese is
//! drawn in real glyphs (not empty boxes, not nothing), carrying only words
//! the page already says; and a machine without a CJK font is told so.

use std::sync::LazyLock;

use report_data::Lang;
use resvg::tiny_skia::Pixmap;
use resvg::usvg::fontdb;
use xining_report::embedded::report;
use xining_report::pictures::{self, Fonts, Words, chart_picture, chart_picture_with, source_line};

/// Loading the system's fonts takes a moment: once per test binary.
static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts::system().expect("a CJK font"));

fn decode(png: &[u8]) -> Pixmap {
    Pixmap::decode_png(png).expect("a valid PNG")
}

#[test]
fn every_chart_has_a_png_and_an_svg_in_both_languages() {
    let report = report();
    let files = pictures::files(report, &FONTS, None).unwrap();
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let png = &files
                .iter()
                .find(|(f, _)| *f == format!("charts/{}.{}.png", chart.id, lang.code()))
                .expect("a PNG")
                .1;
            let pixmap = decode(png);
            assert!(
                pixmap.width() >= 1200,
                "{}: {} px",
                chart.id,
                pixmap.width()
            );
            assert_eq!(
                pictures::png_size(png),
                Some((pixmap.width(), pixmap.height()))
            );
            let svg = &files
                .iter()
                .find(|(f, _)| *f == format!("charts/{}.{}.svg", chart.id, lang.code()))
                .expect("an SVG")
                .1;
            let svg = std::str::from_utf8(svg).unwrap();
            assert!(svg.contains(r#"font-family="'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif""#));
            assert!(!svg.contains("currentColor"), "every role painted");
        }
    }
}

/// How many pixels differ between two renders of one size.
fn differing(a: &Pixmap, b: &Pixmap) -> usize {
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    a.pixels()
        .iter()
        .zip(b.pixels())
        .filter(|(p, q)| p != q)
        .count()
}

/// Every CJK character of `text` as the same one. With real glyphs the
/// render changes; with empty boxes (one box for every missing glyph) or no
/// glyphs at all, it cannot.
fn one_glyph(text: &str) -> String {
    text.chars()
        .map(|c| if u32::from(c) >= 0x2E80 { '口' } else { c })
        .collect()
}

fn png_of(chart: usize, words: &Words) -> Pixmap {
    let report = report();
    let svg = chart_picture_with(&report.source.charts[chart], report, words).unwrap();
    decode(&FONTS.png(&svg).unwrap())
}

#[test]
fn the_chinese_title_and_source_are_drawn_in_real_glyphs() {
    let report = report();
    for (i, chart) in report.source.charts.iter().enumerate() {
        let words = Words::of(chart, report, Lang::Zh, None);
        let real = png_of(i, &words);
        let cjk = words
            .title
            .chars()
            .filter(|&c| u32::from(c) >= 0x2E80)
            .count();
        let title = png_of(
            i,
            &Words {
                title: one_glyph(&words.title),
                ..Words::of(chart, report, Lang::Zh, None)
            },
        );
        // A 48 px glyph has hundreds of inked pixels; two different ones
        // differ in well over a hundred.
        let diff = differing(&real, &title);
        assert!(
            diff > cjk * 100,
            "{}: the title's glyphs look alike ({diff} px differ over {cjk} characters)",
            chart.id
        );
        let source = png_of(
            i,
            &Words {
                source: one_glyph(&words.source),
                ..Words::of(chart, report, Lang::Zh, None)
            },
        );
        let cjk_source = words
            .source
            .chars()
            .filter(|&c| u32::from(c) >= 0x2E80)
            .count();
        assert!(
            differing(&real, &source) > cjk_source * 50,
            "{}: the source line's glyphs look alike",
            chart.id
        );
    }
}

/// The text of each `<text>` element, unescaped.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let t = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
                .trim()
                .to_string()
        })
        .collect()
}

#[test]
fn every_word_is_the_pages_and_the_address_comes_only_with_a_site_url() {
    let report = report();
    let site = "https://example.org/r/";
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let plain = chart_picture(chart, report, lang, None).unwrap();
            // The drawing's words: each row's label and value, as the page's
            // table and key show them.
            let rows = xining_report::charts::chart_data(chart, report, lang)
                .data
                .iter()
                .map(|d| format!("{}  {}", d.label, d.shown))
                .collect::<Vec<_>>();
            let source = source_line(chart, report, lang);
            let mut said = vec![chart.takeaway.get(lang), chart.label.get(lang), &source];
            said.extend(rows.iter().map(String::as_str));
            for text in texts(&plain) {
                assert!(
                    said.iter().any(|s| s.contains(&text)),
                    "{} {lang:?}: {text:?} is not on the page",
                    chart.id
                );
            }
            assert!(
                !texts(&plain).iter().any(|t| t.contains("://")),
                "no address without SITE_URL"
            );
            let with_site = chart_picture(chart, report, lang, Some(site)).unwrap();
            let address = match lang {
                Lang::Zh => format!("{site}#chart-{}", chart.id),
                Lang::En => format!("{site}en/#chart-{}", chart.id),
            };
            assert!(texts(&with_site).contains(&address), "{}", chart.id);
        }
    }
}

/// The source line names the texts the figures come from, as the seed's
/// page has them; none of these is tied to the congress session.
#[test]
fn the_source_line_names_the_texts_behind_the_chart() {
    let report = report();
    let chart = |id: &str| report.source.charts.iter().find(|c| c.id == id).unwrap();
    assert_eq!(
        source_line(chart("hotline-topics"), report, Lang::Zh),
        "来源：12345热线工作日报（1月25日，日报未写年份）。出自一个新闻版面，未写明刊发媒体和出版日期。"
    );
    // A derived figure's source is its inputs'.
    assert_eq!(
        source_line(chart("health-team-load"), report, Lang::En),
        "Source: Article: the family-doctor sign-up service. From one news page; it names no outlet and no publication date."
    );
}

#[test]
fn without_a_cjk_font_the_build_stops_naming_one() {
    // Fonts, but none for Chinese: DejaVu where Debian has it, else none.
    let mut db = fontdb::Database::new();
    db.load_fonts_dir("/usr/share/fonts/truetype/dejavu");
    let Err(message) = Fonts::from_db(db) else {
        panic!("a font database without CJK must be refused");
    };
    assert!(message.contains("\"Noto Sans CJK SC\""), "{message}");
    assert!(message.contains("fonts-noto-cjk"), "{message}");
}

/// The social card carries the page's own title and subtitle (data held to
/// the seed) and the English title, and nothing else;
/// drawn at the size link previews ask for, in real glyphs.
#[test]
fn the_social_card_says_what_the_page_says() {
    let report = report();
    let svg = pictures::card(report);
    let texts: Vec<&str> = svg
        .split("<text ")
        .skip(1)
        .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
        .collect();
    let meta = &report.source.meta;
    // Hand-written: what the card may say, line by line, before wrapping.
    let allowed = [
        meta.title.zh.as_str(),
        meta.subtitle.zh.as_str(),
        meta.title.en.as_str(),
    ]
    .concat();
    let said = texts.concat();
    assert_eq!(said.replace(' ', ""), allowed.replace(' ', ""), "{texts:?}");
    let files = pictures::files(report, &FONTS, None).unwrap();
    let png = &files
        .iter()
        .find(|(f, _)| f == pictures::CARD_FILE)
        .expect("the card")
        .1;
    assert_eq!(pictures::png_size(png), Some(pictures::CARD_SIZE));
    assert_eq!(pictures::CARD_SIZE, (1200, 630));
    let blank = svg.replace(&meta.title.zh, &one_glyph(&meta.title.zh));
    assert!(differing(&decode(png), &decode(&FONTS.png(&blank).unwrap())) > 500);
}

/// A link preview is all a chat shows: the hotline's share pages say the
/// bulletin's day and that it gives no year, in the title or description,
/// since the site's name beside them says 2024.
#[test]
fn hotline_share_pages_say_the_bulletin_gives_no_year() {
    let report = report();
    let files = pictures::files(report, &FONTS, None).unwrap();
    for chart in ["hotline-topics", "hotline-channels", "hotline-handling"] {
        for (dir, no_year) in [
            ("c", "1月25日，日报未写年份"),
            ("en/c", "25 January; the bulletin gives no year"),
        ] {
            let page = &files
                .iter()
                .find(|(f, _)| *f == format!("{dir}/{chart}/index.html"))
                .expect("a share page")
                .1;
            let page = std::str::from_utf8(page).unwrap();
            let description = page
                .split(r#"<meta name="description" content=""#)
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("a description");
            assert!(description.contains(no_year), "{chart}: {description}");
            assert!(
                !description.contains("。。") && !description.contains(".. "),
                "one full stop: {description}"
            );
        }
    }
}
