//! Charts as pure functions: report → chart data → SVG string and mark
//! boxes, plus the words and files that carry the same data.

mod catalog;
mod draw;
#[cfg(not(target_arch = "wasm32"))]
mod export;
mod ink;
mod keys;
mod model;

pub use catalog::chart_data;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use draw::{FAMILY, FONT, PAD, wrap};
pub use draw::{MAX_WIDTH, MIN_WIDTH, draw};
#[cfg(not(target_arch = "wasm32"))]
pub use export::{Provenance, describe, figures_csv, provenance, to_csv, to_json};
pub use ink::Ink;
pub use keys::{KeyAction, focus_mark, key_action};
pub use model::{ChartData, Datum, Drawing, MarkBox, Shape, label_separator};
