//! The seasonal tourism explorer's logic, with no browser types: which items
//! a view shows, each season's theme, and how a view is written to and read
//! from the URL.

mod action;
mod filter;
mod query;
mod theme;

pub use action::Action;
pub use filter::{Matches, SearchIndex, normalize};
pub use query::{MAX_QUERY_CHARS, ViewState, season_key, status_key, type_key};
pub use theme::season_theme;
