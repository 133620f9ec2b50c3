//! Xining 2024 — an interactive report. The pure core (embedded data) sits
//! beside the Yew views that wire it to the page; see ARCHITECTURE.md.

pub mod charts;
pub mod downloads;
pub mod embedded;
pub mod explorer;
pub mod i18n;
pub mod offline;
pub mod page_url;
pub mod pages;
pub mod ui;
