//! Yew views. They only wire report data and state to markup; everything
//! that can be computed without a browser lives outside this folder.

mod app;
mod big_number;
mod chart;
mod explorer;
mod facts;
mod heading;
mod lang;
mod method;
mod nav;
mod preference;
mod quotes;
mod section;
mod share;
mod source_note;
mod storage;
mod text_size;
mod theme;
mod toolbar;

pub use app::{App, AppProps};
