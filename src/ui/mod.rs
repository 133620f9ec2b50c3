//! Yew views. They only wire report data and state to markup; everything
//! that can be computed without a browser lives outside this folder.

mod app;
mod big_number;
mod chart;
mod explorer;
mod facts;
mod lang;
mod method;
mod quotes;
mod section;
mod source_note;
mod storage;
mod theme;

pub use app::{App, AppProps};
