//! The social card (`preview.png`, 1,200 × 630 px) that link previews show
//! for the report: the page's mark, its title and subtitle as the data gives
//! them (held to the seed like every label) and the English title. Drawn at build time like the chart pictures, so it cannot
//! drift from the page.

use report_data::Report;

use super::compose::{Block, SCALE, font_families};
use super::escape;
use crate::manifest::THEME_COLOR;

/// The card's file name, at the root of dist/.
pub const FILE: &str = "preview.png";
/// In CSS pixels; the PNG is `SCALE` times this: 1,200 × 630, the size
/// link previews ask for.
const WIDTH: u32 = 600;
const HEIGHT: u32 = 315;
const MARGIN: i32 = 44;
const MARK: &str = include_str!("../../static/favicon.svg");

/// The card as SVG (`Fonts::png` draws it).
pub fn card(report: &Report) -> String {
    let meta = &report.source.meta;
    let span = WIDTH as i32 - 2 * MARGIN;
    let block = |text, size: f64, bold| Block {
        text,
        size,
        line_height: (size * 1.3).round() as i32,
        bold,
        fill: "#ffffff",
        x: MARGIN,
        span,
    };
    let blocks = [
        block(meta.title.zh.as_str(), 32.0, true),
        block(meta.subtitle.zh.as_str(), 16.0, false),
        block(meta.title.en.as_str(), 13.0, false),
    ];
    // The mark in white on the lilac: its square white, its petals lilac.
    let mark = MARK
        .replacen(
            "<svg ",
            &format!(r#"<svg x="{MARGIN}" y="52" width="48" height="48" "#),
            1,
        )
        .replace(
            r##"fill="#8E4B8A"/><g fill="#fff">"##,
            r##"fill="#fff"/><g fill="#8E4B8A">"##,
        )
        .replace(r##"r="2.4" fill="#8E4B8A""##, r##"r="2.4" fill="#fff""##);
    let mut top = 124;
    let mut parts = vec![mark];
    for (n, b) in blocks.iter().enumerate() {
        parts.push(b.svg(top));
        top += b.height() + if n == 0 { 8 } else { 16 };
    }
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" lang="zh-Hans" font-family="{families}"><title>{title}</title><rect width="100%" height="100%" fill="{THEME_COLOR}"/>{parts}</svg>"#,
        families = font_families(),
        title = escape(&meta.title.zh),
        parts = parts.concat(),
    )
}

/// The card's size in PNG pixels.
pub const PNG_SIZE: (u32, u32) = (WIDTH * SCALE, HEIGHT * SCALE);
