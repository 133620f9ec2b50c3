//! What a chart shows, independent of how it is drawn: the same rows feed
//! the SVG, the overlay's tooltips, the table, the downloads and the text
//! description, so they cannot disagree.

use report_data::Lang;

/// What goes between a value's label and the value when they are read out
/// together, so a screen reader does not run them into one word.
pub fn label_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// One value of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Datum {
    pub label: String,
    pub value: f64,
    /// Upper end of a range (1,800–2,200).
    pub max: Option<f64>,
    /// The value as the reader sees it: as written in the seed for reported
    /// figures, with its formula's result for derived ones.
    pub shown: String,
    /// Computed by us, drawn as an outline and labelled as such.
    pub derived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// Horizontal bars on one scale from 0 to `scale_max`; a percent scale
    /// draws its 0–100 track.
    Bars { scale_max: f64, percent: bool },
    /// Parts side by side in one bar.
    Parts,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub shape: Shape,
    pub data: Vec<Datum>,
}

/// A mark's box in the SVG's own units, for the overlay.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    /// One box per datum, in data order.
    pub marks: Vec<MarkBox>,
}
