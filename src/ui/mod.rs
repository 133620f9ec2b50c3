//! Yew views. They only wire report data and state to markup; everything
//! that can be computed without a browser lives outside this folder.

mod app;
mod big_number;
mod explorer;
mod section;
mod source_note;

pub use app::App;
