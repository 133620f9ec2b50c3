//! Charts as pure functions: report → chart data → SVG string and mark
//! boxes, plus the words and files that carry the same data.

mod catalog;
mod draw;
mod export;
mod ink;
mod keys;
mod model;

pub use catalog::chart_data;
pub use draw::{MAX_WIDTH, MIN_WIDTH, draw};
pub use export::{describe, figures_csv, label_separator, to_csv, to_json};
pub use keys::{KeyAction, focus_mark, key_action};
pub use model::{ChartData, Datum, Drawing, MarkBox, Shape};

/// The page's light or dark scheme. Charts no longer draw with it (the
/// stylesheet colours them); it stays here only because `ui/toolbar.rs`
/// imports it from here, and belongs in `ui/theme.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}
