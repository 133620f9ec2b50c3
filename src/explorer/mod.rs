//! The seasonal tourism explorer's logic, with no browser types: which items
//! a view shows, and how a view is written to and read from the URL.

mod filter;
mod query;

pub use filter::{Matches, SearchIndex, normalize};
pub use query::{MAX_QUERY_CHARS, ViewState};
