//! Yew views. They only wire report data and state to markup; everything
//! that can be computed without a browser lives outside this folder.

mod all_facts;
mod app;
mod beat;
mod big_number;
mod chart;
mod explorer;
mod glance;
mod heading;
mod lang;
mod method;
mod nav;
mod preference;
mod quotes;
mod section;
mod share;
mod source_mark;
mod storage;
mod text_size;
mod theme;
mod toolbar;

pub use app::{App, AppProps};
