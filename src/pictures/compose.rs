//! A chart's picture as one standalone SVG: its title and label as the page
//! prints them, the page's own drawing (`charts::draw`) painted in the light
//! colours, the source line, and the page's address when the build knows
//! it. Every word here is one the page already says.

use report_data::{Chart, Lang, Report};

use super::escape;
use super::palette::Palette;
use crate::charts::{FAMILY, FONT, PAD, chart_data, draw, wrap};
use crate::i18n::picture_strings;
use crate::page_url::chart_anchor;

/// The picture's width in CSS pixels; the PNG is drawn at `SCALE` times it,
/// so a phone in a chat shows it sharp.
pub const WIDTH: u32 = 640;
pub const SCALE: u32 = 2;
const MARGIN: i32 = 28;
const GAP: i32 = 16;

/// The fonts a picture asks for, CJK first: a viewer of the SVG file uses
/// the first it has; the PNG is drawn with one of these (`raster.rs`).
pub const CJK_FAMILIES: [&str; 4] = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
];

/// The words of a picture, apart from the drawing's own labels.
pub struct Words {
    pub lang: Lang,
    pub title: String,
    pub label: String,
    pub source: String,
    /// The chart in the report, only when `SITE_URL` is known.
    pub address: Option<String>,
}

/// The pictures' font list for an SVG `font-family`, CJK first.
pub(super) fn font_families() -> String {
    CJK_FAMILIES
        .iter()
        .map(|f| format!("'{f}'"))
        .chain(["sans-serif".to_string()])
        .collect::<Vec<_>>()
        .join(", ")
}

/// "来源：" and the labels of the texts the chart's figures come from (a
/// derived figure's: its inputs'), as the page's source marks name them,
/// each with the day it reports on where it gives one (the hotline's
/// 1月25日, and that it gives no year: a forwarded picture has no page
/// around it), then what the page says of the whole: one news page, no
/// outlet or publication date. The seed ties only some of its texts to the
/// congress session, so the line names the texts, not the session.
pub fn source_line(chart: &Chart, report: &Report, lang: Lang) -> String {
    let t = picture_strings(lang);
    let mut texts: Vec<String> = Vec::new();
    let grounds = chart.figures.iter().chain(&chart.whole).map(String::as_str);
    for source in report.sources_of(grounds) {
        if !texts.contains(&source.text) {
            texts.push(source.text);
        }
    }
    let labels: Vec<String> = texts
        .iter()
        .filter_map(|id| report.text(id))
        .map(|text| match &text.date {
            Some(date) => format!(
                "{}{}{}{}",
                text.label.get(lang),
                t.date_open,
                date.get(lang),
                t.date_close
            ),
            None => text.label.get(lang).to_string(),
        })
        .collect();
    format!(
        "{}{}{}",
        t.source,
        labels.join(t.source_join),
        t.source_page
    )
}

impl Words {
    pub fn of(chart: &Chart, report: &Report, lang: Lang, site_url: Option<&str>) -> Words {
        let page = |site: &str| match lang {
            Lang::Zh => site.to_string(),
            Lang::En => format!("{site}en/"),
        };
        Words {
            lang,
            title: chart.takeaway.get(lang).to_string(),
            label: chart.label.get(lang).to_string(),
            source: source_line(chart, report, lang),
            address: site_url.map(|s| format!("{}#{}", page(s), chart_anchor(&chart.id))),
        }
    }
}

/// The picture of `chart` in `lang`.
pub fn chart_picture(
    chart: &Chart,
    report: &Report,
    lang: Lang,
    site_url: Option<&str>,
) -> Result<String, String> {
    chart_picture_with(chart, report, &Words::of(chart, report, lang, site_url))
}

/// The picture of `chart` in `words.lang` with these words (tests change
/// them to see that each is drawn).
pub fn chart_picture_with(chart: &Chart, report: &Report, words: &Words) -> Result<String, String> {
    let palette = Palette::light(chart.section)?;
    let data = chart_data(chart, report, words.lang);
    // The drawing pads itself; its labels line up with the title.
    let drawing = draw(&data, (WIDTH as i32 - 2 * (MARGIN - PAD)) as u32);
    let body = palette.paint(&drawing.svg)?;
    Ok(compose(words, &body, drawing.height, &palette))
}

/// A run of text lines from `x`, wrapped to `span` px by the drawing's own
/// width estimate.
pub(super) struct Block<'a> {
    pub text: &'a str,
    pub size: f64,
    pub line_height: i32,
    pub bold: bool,
    pub fill: &'a str,
    pub x: i32,
    pub span: i32,
}

impl Block<'_> {
    fn lines(&self) -> Vec<String> {
        // `wrap` estimates widths at the drawing's font size; a line of
        // `size` px fits `span` where one of FONT px fits span·FONT/size.
        let span = f64::from(self.span) * FONT / self.size;
        wrap(self.text, span as i32)
    }

    pub fn height(&self) -> i32 {
        self.lines().len() as i32 * self.line_height
    }

    /// The lines from `top`, each on a baseline about 0.88 em under the top
    /// of its line box (the CJK fonts' ascent).
    pub fn svg(&self, top: i32) -> String {
        let weight = if self.bold {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let lead = (f64::from(self.line_height) - self.size) / 2.0;
        self.lines()
            .iter()
            .enumerate()
            .map(|(n, line)| {
                let y = f64::from(top + n as i32 * self.line_height) + lead + self.size * 0.88;
                format!(
                    r#"<text x="{}" y="{y:.1}" font-size="{}"{weight} fill="{}">{}</text>"#,
                    self.x,
                    self.size,
                    self.fill,
                    escape(line)
                )
            })
            .collect()
    }
}

/// Lays out the words around a painted drawing `body` of `body_height`.
fn compose(words: &Words, body: &str, body_height: u32, palette: &Palette) -> String {
    let span = WIDTH as i32 - 2 * MARGIN;
    let title = Block {
        text: &words.title,
        size: 24.0,
        line_height: 34,
        bold: true,
        fill: &palette.text,
        x: MARGIN,
        span,
    };
    let quiet = |text| Block {
        text,
        size: 15.0,
        line_height: 22,
        bold: false,
        fill: &palette.quiet_text,
        x: MARGIN,
        span,
    };
    let label = quiet(&words.label);
    let mut footer = vec![quiet(&words.source)];
    if let Some(address) = &words.address {
        footer.push(quiet(address));
    }
    let mut top = MARGIN;
    let mut parts = vec![title.svg(top)];
    top += title.height() + 4;
    parts.push(label.svg(top));
    top += label.height() + GAP;
    // The drawing keeps its own coordinates inside a nested <svg>.
    let x = MARGIN - PAD;
    parts.push(body.replacen("<svg ", &format!(r#"<svg x="{x}" y="{top}" "#), 1));
    top += body_height as i32 + GAP;
    for block in &footer {
        parts.push(block.svg(top));
        top += block.height();
    }
    let height = top + MARGIN;
    let families = font_families();
    // The drawing names the page's font list; the picture asks for its own.
    let parts = parts
        .concat()
        .replace(&format!(r#"font-family="{FAMILY}""#), "");
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" lang="{lang}" font-family="{families}"><title>{title}</title><rect width="100%" height="100%" fill="{bg}"/>{parts}</svg>"#,
        lang = crate::i18n::page_strings(words.lang).html_lang,
        title = escape(&words.title),
        bg = palette.background,
    )
}
