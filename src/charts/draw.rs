//! Charts drawn with plotters into an SVG string: a pure function of data
//! and width; the stylesheet colours it (`ink.rs`). No text is measured
//! (plotters would measure it differently natively and in the browser,
//! breaking prerendering), so labels sit on their own lines or inside marks
//! at fixed offsets.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ink::{Ink, name_roles};
use super::model::{ChartData, Datum, Drawing, MarkBox, Shape};

pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 1440;

pub(crate) const PAD: i32 = 8;
pub(crate) const FONT: f64 = 15.0;
pub(crate) const FAMILY: &str =
    "PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, sans-serif";

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// Draws `chart` at `width` (clamped to 280–1440).
pub fn draw(chart: &ChartData, width: u32) -> Drawing {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let height = height_of(chart, width);
    let mut svg = String::new();
    let marks = {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let pen = Pen { area: &area };
        let marks = match chart.shape {
            Shape::Bars { scale_max, percent } => pen.bars(&chart.data, width, scale_max, percent),
            Shape::Parts => pen.parts(&chart.data, width),
        };
        area.present().expect("drawing into a String cannot fail");
        marks
    };
    // The SVG is a picture of what the HTML around it says in words.
    let svg =
        name_roles(svg).replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1);
    Drawing {
        svg,
        width,
        height,
        marks,
    }
}

const LINE_H: i32 = 22;
const BAR_H: i32 = 26;
const ROW_GAP: i32 = 14;
const PART_BAR_H: i32 = 34;
const LEGEND_GAP: i32 = 6;
const SWATCH: i32 = 18;

fn height_of(chart: &ChartData, width: u32) -> u32 {
    let span = width as i32 - 2 * PAD;
    let h = match chart.shape {
        Shape::Bars { .. } => {
            let rows: i32 = chart
                .data
                .iter()
                .map(|d| bar_row_height(&d.label, span))
                .sum();
            rows - ROW_GAP
        }
        Shape::Parts => {
            let legend: i32 = chart
                .data
                .iter()
                .map(|d| legend_row_height(&legend_line(d), span))
                .sum();
            PART_BAR_H + 12 + legend
        }
    };
    (h + 2 * PAD) as u32
}

fn bar_row_height(label: &str, span: i32) -> i32 {
    wrap(label, span).len() as i32 * LINE_H + BAR_H + ROW_GAP
}

fn legend_line(d: &Datum) -> String {
    format!("{}  {}", d.label, d.shown)
}

fn legend_row_height(line: &str, span: i32) -> i32 {
    (wrap(line, span - SWATCH - 10).len() as i32 * LINE_H).max(SWATCH + 4) + LEGEND_GAP
}

/// An estimate, never a measurement, of a text's width: CJK and full-width
/// characters take one em, others about 0.6. The same on every platform, so
/// the SVG drawn natively equals the one drawn in the browser.
fn text_width(text: &str) -> i32 {
    let ems: f64 = text
        .chars()
        .map(|c| if u32::from(c) >= 0x2E80 { 1.0 } else { 0.6 })
        .sum();
    (ems * FONT).ceil() as i32
}

/// Breaks a label into lines that fit `max` by the estimate above: between
/// CJK characters anywhere, between Latin words at spaces.
pub(crate) fn wrap(text: &str, max: i32) -> Vec<String> {
    /// The CJK rules' punctuation that may not start a line, and that may
    /// not end one.
    const NO_LINE_START: &str = "，。、；：？！）」』》〉”’…";
    const NO_LINE_END: &str = "（「『《〈“‘";
    let mut lines = vec![String::new()];
    let mut word = String::new();
    let flush = |lines: &mut Vec<String>, word: &mut String| {
        if word.is_empty() {
            return;
        }
        let last = lines.last_mut().expect("never empty");
        let joined = format!("{last}{word}");
        // Closing punctuation hangs on its line rather than start the next.
        let closing = word.starts_with(|c| NO_LINE_START.contains(c));
        if text_width(joined.trim_end()) <= max || last.is_empty() || closing {
            *last = joined;
        } else {
            lines.push(word.trim_start().to_string());
        }
        word.clear();
    };
    for c in text.chars() {
        // An opening bracket or quote goes to the next line with what it opens.
        let breaks_after = (c == ' ' || u32::from(c) >= 0x2E80) && !NO_LINE_END.contains(c);
        word.push(c);
        if breaks_after {
            flush(&mut lines, &mut word);
        }
    }
    flush(&mut lines, &mut word);
    lines.iter().map(|l| l.trim_end().to_string()).collect()
}

struct Pen<'a, 'b> {
    area: &'a Area<'b>,
}

impl Pen<'_, '_> {
    fn text(&self, text: &str, at: (i32, i32), pos: Pos, ink: Ink, bold: bool) {
        let font = FontDesc::new(FontFamily::Name(FAMILY), FONT * 1.24, FontStyle::Normal);
        let font = if bold {
            font.style(FontStyle::Bold)
        } else {
            font
        };
        let fill = ink.placeholder();
        let style = TextStyle::from(font).color(&fill).pos(pos);
        self.area
            .draw(&Text::new(text.to_string(), at, style))
            .expect("drawing into a String cannot fail");
    }

    fn rect(&self, from: (i32, i32), to: (i32, i32), style: ShapeStyle) {
        self.area
            .draw(&Rectangle::new([from, to], style))
            .expect("drawing into a String cannot fail");
    }

    fn filled(&self, from: (i32, i32), to: (i32, i32), ink: Ink) {
        self.rect(from, to, ink.placeholder().filled());
    }

    fn outlined(&self, from: (i32, i32), to: (i32, i32), ink: Ink) {
        self.rect(from, to, ink.placeholder().stroke_width(2));
    }

    /// Diagonal hatching, so a range reads as different from a bar without
    /// relying on its colour.
    fn hatched(&self, from: (i32, i32), to: (i32, i32), ink: Ink) {
        let style = ink.placeholder().stroke_width(1);
        let (x0, y0, x1, y1) = (from.0, from.1, to.0, to.1);
        let h = y1 - y0;
        // Lines rise at 45°; each is clipped to the box at both ends.
        let mut start = x0 - h;
        while start < x1 {
            let a = if start < x0 {
                (x0, y1 - (x0 - start))
            } else {
                (start, y1)
            };
            let end = start + h;
            let b = if end > x1 {
                (x1, y0 + (end - x1))
            } else {
                (end, y0)
            };
            self.area
                .draw(&PathElement::new(vec![a, b], style))
                .expect("drawing into a String cannot fail");
            start += 7;
        }
        self.outlined(from, to, ink);
    }

    fn lines(&self, lines: &[String], x: i32, top: i32, ink: Ink) {
        for (n, line) in lines.iter().enumerate() {
            let at = (x, top + n as i32 * LINE_H);
            self.text(line, at, Pos::new(HPos::Left, VPos::Top), ink, false);
        }
    }

    fn bars(&self, data: &[Datum], width: u32, scale_max: f64, percent: bool) -> Vec<MarkBox> {
        let left = PAD;
        let span = width as i32 - 2 * PAD;
        let x_at =
            |v: f64| left + ((v / scale_max).clamp(0.0, 1.0) * f64::from(span)).round() as i32;
        let mut marks = Vec::with_capacity(data.len());
        let mut top = PAD;
        for d in data {
            let label = wrap(&d.label, span);
            self.lines(&label, left, top, Ink::Text);
            let y0 = top + label.len() as i32 * LINE_H;
            let y1 = y0 + BAR_H;
            top += bar_row_height(&d.label, span);
            if percent {
                self.outlined((left, y0), (left + span, y1), Ink::Quiet);
            }
            let (from, to) = match d.max {
                Some(max) => (x_at(d.value), x_at(max)),
                None => (left, x_at(d.value)),
            };
            let to = to.max(from + 2);
            let filled = d.max.is_none() && !d.derived;
            // What a value drawn inside this bar sits on.
            let inside = if d.max.is_some() {
                self.hatched((from, y0), (to, y1), Ink::Second);
                Ink::OnSecond
            } else if d.derived {
                self.outlined((from, y0), (to, y1), Ink::Mark);
                Ink::Text
            } else {
                self.filled((from, y0), (to, y1), Ink::Mark);
                Ink::OnMark
            };
            // The value sits inside a filled bar where it fits, else after
            // the bar, else before it, else inside whatever the bar is.
            let mid = (y0 + y1) / 2;
            let need = text_width(&d.shown) + 16;
            let (x, pos, ink) = if filled && to - from >= need {
                (to - 8, HPos::Right, inside)
            } else if to + need <= left + span {
                (to + 8, HPos::Left, Ink::Text)
            } else if from - need >= left {
                (from - 8, HPos::Right, Ink::Text)
            } else {
                (to - 8, HPos::Right, inside)
            };
            self.text(&d.shown, (x, mid), Pos::new(pos, VPos::Center), ink, true);
            marks.push(mark_box(from, y0, to, y1));
        }
        marks
    }

    fn parts(&self, data: &[Datum], width: u32) -> Vec<MarkBox> {
        let total: f64 = data.iter().map(|d| d.value).sum();
        let span = width as i32 - 2 * PAD;
        let (y0, y1) = (PAD, PAD + PART_BAR_H);
        let mut x = f64::from(PAD);
        let mut marks = Vec::with_capacity(data.len());
        for (i, d) in data.iter().enumerate() {
            let w = if total > 0.0 {
                d.value / total * f64::from(span)
            } else {
                0.0
            };
            let (from, to) = (x.round() as i32, (x + w).round() as i32);
            let inside = self.part((from, y0), (to, y1), i);
            if to - from >= text_width(&d.shown) + 12 {
                let mid = ((from + to) / 2, (y0 + y1) / 2);
                let pos = Pos::new(HPos::Center, VPos::Center);
                self.text(&d.shown, mid, pos, inside, true);
            }
            marks.push(mark_box(from, y0, to.max(from + 1), y1));
            x += w;
        }
        // A key under the bar: swatch, name and value, in bar order.
        let mut top = y1 + 12;
        for (i, d) in data.iter().enumerate() {
            let line = legend_line(d);
            self.part((PAD, top + 2), (PAD + SWATCH, top + 2 + SWATCH), i);
            self.lines(
                &wrap(&line, span - SWATCH - 10),
                PAD + SWATCH + 10,
                top,
                Ink::Text,
            );
            top += legend_row_height(&line, span);
        }
        marks
    }

    /// Odd parts are grey beside the hue, so neighbours differ in lightness,
    /// not only in hue; hatching is kept for ranges. The key names each.
    /// Returns the ink for text inside the part.
    fn part(&self, from: (i32, i32), to: (i32, i32), index: usize) -> Ink {
        let ink = if index.is_multiple_of(2) {
            Ink::Mark
        } else {
            Ink::Quiet
        };
        self.filled(from, to, ink);
        Ink::OnMark
    }
}

fn mark_box(x0: i32, y0: i32, x1: i32, y1: i32) -> MarkBox {
    MarkBox {
        x: f64::from(x0),
        y: f64::from(y0),
        w: f64::from(x1 - x0),
        h: f64::from(y1 - y0),
    }
}

#[cfg(test)]
mod tests {
    use super::{text_width, wrap};

    #[test]
    fn wraps_chinese_anywhere_and_latin_at_spaces() {
        assert_eq!(wrap("一二三四五六", 50), ["一二三", "四五六"]);
        assert_eq!(
            wrap("sign-up rate among priority", 130),
            ["sign-up rate", "among priority"]
        );
        assert_eq!(wrap("short", 300), ["short"]);
        // No line starts with closing punctuation or ends with an opening one.
        for max in 20..200 {
            for line in wrap(
                "来源：12345热线的工作日报（1月25日，日报未写年份）。出自“一个”新闻版面。",
                max,
            ) {
                assert!(
                    !line.starts_with(|c| "，。；：）”".contains(c)),
                    "{max}: {line}"
                );
                assert!(!line.ends_with(|c| "（“".contains(c)), "{max}: {line}");
            }
        }
        // Every line fits, but for a closing mark hanging at its end.
        for line in wrap("每个家庭医生团队通常负责的辖区居民（含未签约居民）", 120)
        {
            assert!(text_width(line.trim_end_matches('）')) <= 120, "{line}");
        }
    }
}
