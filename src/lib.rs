//! Xining 2024 — an interactive report. The pure core (embedded data,
//! charts, explorer, strings) sits beside the Yew views that wire it to the
//! page; see ARCHITECTURE.md. What only the build step needs (the page
//! shell, the manifest, the service worker, the download files, the
//! pictures) is native only, so the wasm cannot link it.

pub mod charts;
#[cfg(not(target_arch = "wasm32"))]
pub mod downloads;
pub mod embedded;
pub mod explorer;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod page_url;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod pictures;
#[cfg(not(target_arch = "wasm32"))]
pub mod stylesheet;
pub mod ui;
