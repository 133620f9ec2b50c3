//! Each chart as a picture a reader can send in a chat: PNG (and SVG) in
//! both languages, light colours, with the chart's title, label and source,
//! plus a share page per chart whose preview shows that picture. Written
//! into dist/ by the prerender step; native only, so resvg and its fonts
//! never reach the wasm.

mod card;
mod compose;
mod palette;
mod raster;
mod share_page;

use report_data::{Lang, Report};

pub use card::{FILE as CARD_FILE, PNG_SIZE as CARD_SIZE, card};
pub use compose::{
    CJK_FAMILIES, SCALE, WIDTH, Words, chart_picture, chart_picture_with, source_line,
};
pub use palette::Palette;
pub use raster::Fonts;
pub use share_page::{share_page, share_page_dir};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Png,
    Svg,
}

impl Picture {
    pub fn ext(self) -> &'static str {
        match self {
            Picture::Png => "png",
            Picture::Svg => "svg",
        }
    }
}

/// The folder of the pictures in dist/.
const DIR: &str = "charts";

/// A chart's picture, relative to the dist root: `charts/<id>.<lang>.png`.
pub fn picture_file(chart_id: &str, lang: Lang, kind: Picture) -> String {
    format!("{DIR}/{chart_id}.{}.{}", lang.code(), kind.ext())
}

/// Every picture and share page, and the social card, as (path relative to
/// the dist root, contents). `site_url` (ending in `/`) adds the absolute
/// links.
pub fn files(
    report: &Report,
    fonts: &Fonts,
    site_url: Option<&str>,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = vec![(
        CARD_FILE.to_string(),
        fonts
            .png(&card(report))
            .map_err(|e| format!("{CARD_FILE}: {e}"))?,
    )];
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let svg = chart_picture(chart, report, lang, site_url)
                .map_err(|e| format!("{}: {e}", chart.id))?;
            let png = fonts.png(&svg).map_err(|e| format!("{}: {e}", chart.id))?;
            let size = png_size(&png).ok_or(format!("{}: not a PNG", chart.id))?;
            let page = share_page(
                chart,
                lang,
                site_url,
                size,
                &source_line(chart, report, lang),
            );
            out.push((picture_file(&chart.id, lang, Picture::Png), png));
            out.push((
                picture_file(&chart.id, lang, Picture::Svg),
                svg.into_bytes(),
            ));
            out.push((
                format!("{}index.html", share_page_dir(&chart.id, lang)),
                page.into_bytes(),
            ));
        }
    }
    Ok(out)
}

/// Width and height from a PNG's header (its IHDR chunk comes first).
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.get(..8)? != b"\x89PNG\r\n\x1a\n" || png.get(12..16)? != b"IHDR" {
        return None;
    }
    let be = |at: usize| Some(u32::from_be_bytes(png.get(at..at + 4)?.try_into().ok()?));
    Some((be(16)?, be(20)?))
}

/// Text for XML and HTML, in content and in quoted attributes.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}
